-- Run inside the Hubs database as a superuser. Each host's role owns its schema and nothing else:
-- the Insights role cannot read the clinical schema ("permission denied for schema clinical").
REVOKE ALL ON SCHEMA public FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE :"dbname" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"dbname" TO hubs_clinical, hubs_insights, hubs_identity;
CREATE SCHEMA IF NOT EXISTS clinical AUTHORIZATION hubs_clinical;
CREATE SCHEMA IF NOT EXISTS insights AUTHORIZATION hubs_insights;
CREATE SCHEMA IF NOT EXISTS identity AUTHORIZATION hubs_identity;
REVOKE ALL ON SCHEMA clinical FROM PUBLIC;
REVOKE ALL ON SCHEMA insights FROM PUBLIC;
REVOKE ALL ON SCHEMA identity FROM PUBLIC;
-- Each role finds its own tables first.
ALTER ROLE hubs_clinical IN DATABASE :"dbname" SET search_path = clinical;
ALTER ROLE hubs_insights IN DATABASE :"dbname" SET search_path = insights;
ALTER ROLE hubs_identity IN DATABASE :"dbname" SET search_path = identity;

# Checks a backup folder before anything is touched. Sourced by cmd-restore.sh.
# shellcheck shell=bash

# Verifies DIR against its MANIFEST.sha256 and sets BACKUP_DATABASES (array) from the dumps it lists.
# Dies, naming the files, when a file is missing, altered or unreadable: nothing has been restored.
verify_backup() { # DIR
  local dir=$1 sum name report
  [[ -d $dir ]] || die "$dir is not a folder"
  [[ -s $dir/MANIFEST.sha256 ]] || die "$dir has no MANIFEST.sha256: not a complete Hubs backup; nothing restored"
  BACKUP_DATABASES=()
  local -a names=()
  while read -r sum name; do
    # Only plain names written by `backup`: a manifest must not point outside its own folder.
    [[ $sum =~ ^[0-9a-f]{64}$ && $name =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]*$ ]] \
      || die "$dir/MANIFEST.sha256 has an unexpected line ('$sum $name'); nothing restored"
    names+=("$name")
    [[ $name == *.dump ]] && BACKUP_DATABASES+=("${name%.dump}")
  done <"$dir/MANIFEST.sha256"
  [[ " ${names[*]} " == *" roles.sql "* && " ${names[*]} " == *" backup.json "* ]] && ((${#BACKUP_DATABASES[@]})) \
    || die "$dir/MANIFEST.sha256 does not list roles.sql, backup.json and at least one .dump; nothing restored"
  if ! report=$(cd "$dir" && sha256sum --check --strict MANIFEST.sha256 2>&1); then
    printf '%s\n' "$report" | grep -v ': OK$' | sed 's/^/  /' >&2
    die "backup $dir is corrupt or has been altered ($(failed_files "$report")): nothing restored"
  fi
  for name in "${BACKUP_DATABASES[@]}"; do
    "$PG_BIN/pg_restore" --list "$dir/$name.dump" >/dev/null \
      || die "$dir/$name.dump is not a readable pg_dump archive: nothing restored"
  done
}

failed_files() { # SHA256SUM_CHECK_OUTPUT: the names of the files that failed, comma separated
  sed -n 's/^\([^ ]*\): FAILED.*/\1/p' <<<"$1" | sort -u | paste -sd, - | sed 's/,/, /g'
}

# Succeeds when both word lists hold the same words, in any order.
same_set() { [[ $(tr ' ' '\n' <<<"$1" | sort -u) == $(tr ' ' '\n' <<<"$2" | sort -u) ]]; }

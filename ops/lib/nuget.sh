# NuGet hygiene before a build. Sourced, never run.
# shellcheck shell=bash

# Until December the repository packed its own look-alike of Patched.DistributedLock.Postgres 1.3.3 under the
# same id and version. A machine that restored it keeps it in the global packages folder, and NuGet would use it
# silently; the real package's content hash tells the two apart, so anything else under that id is removed.
REAL_DISTRIBUTED_LOCK_HASH="dCk328m177iENwX1TpUhoYapIAncPwYbeahz8YPb3IXMalteLl6p2w+cSmhDMptlu9zesjUGBYLmHi4Mu3X5fw=="

nuget_drop_lookalikes() {
  local root dir
  root=${NUGET_PACKAGES:-$(dotnet nuget locals global-packages --list 2>/dev/null | sed -n 's/^global-packages: //p')}
  dir="${root:-$HOME/.nuget/packages}/patched.distributedlock.postgres/1.3.3"
  [[ -d $dir ]] || return 0
  if ! grep -qF "\"contentHash\": \"$REAL_DISTRIBUTED_LOCK_HASH\"" "$dir/.nupkg.metadata" 2>/dev/null; then
    say "removing a look-alike Patched.DistributedLock.Postgres 1.3.3 from $dir"
    rm -rf "$dir"
  fi
}

/*
 * The `minga hub …` lines of the usage text, apart from the commands: the hub's code (Hocuspocus,
 * PostgreSQL, Redis) loads only when a hub command runs, so `minga serve` starts without it.
 */

export const hubAdminHelp = [
  'minga hub users add --email E --role R [STORE]   add an account; the password is read from stdin',
  'minga hub users list [STORE] [--json]           accounts with their roles and assigned exercises',
  'minga hub users disable --email E [STORE]       disable an account; its live connections close within a minute',
  'minga hub assign --email E --exercise ID [STORE] give a facilitator or observer an exercise',
  '  STORE is the running hub\'s: --data DIR (SQLite) or --database postgres://…',
];

export const hubSyncPackageHelp = [
  'minga hub sync-package import FILE [STORE] [--json]   merge a desktop\'s package as a sync would (stop the hub first)',
  'minga hub sync-package export --email E --out FILE [STORE]   what that user may read, for their desktop',
];

export const hubHelp = [
  'minga hub [--data DIR | --database postgres://…] [--redis redis://…] [--port N] [--host H] [--origin URL]…',
  '                                                      the central office hub: API and sync on one port',
  ...hubAdminHelp,
  ...hubSyncPackageHelp,
].join('\n  ');

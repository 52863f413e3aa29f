/* eslint-disable @typescript-eslint/consistent-type-imports -- an ambient module may not import by relative path; import() types are the only way in. */
// Types of better-sqlite3-multiple-ciphers. Its package.json "exports" hide index.d.ts from
// moduleResolution "bundler" (TS7016). A tsconfig `paths` entry would fix tsc but make tsx
// (which honours `paths`) load the .d.ts at run time, so this ambient module points at the
// package's own declarations instead.
declare module 'better-sqlite3-multiple-ciphers' {
  type Pkg = typeof import('../../../../node_modules/better-sqlite3-multiple-ciphers/index.d.ts');
  const Database: Pkg;
  namespace Database {
    type Database =
      import('../../../../node_modules/better-sqlite3-multiple-ciphers/index.d.ts').Database;
    type Statement<
      P extends unknown[] = unknown[],
      R = unknown,
    > = import('../../../../node_modules/better-sqlite3-multiple-ciphers/index.d.ts').Statement<
      P,
      R
    >;
  }
  export = Database;
}

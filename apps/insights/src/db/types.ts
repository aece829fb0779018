/** A plain row as the UI and tests read it: numbers instead of BigInt, strings for dates. */
export type Row = Record<string, string | number | boolean | null>;

/** A value that may be bound to a `?` placeholder: user input only ever reaches SQL this way. */
export type Param = string | number | boolean | null;

/**
 * The data layer's one interface, implemented by the browser's worker-backed DuckDB and by the
 * Node blocking build in tests, so indicator SQL is tested exactly as it runs in the browser.
 */
export interface Db {
  /** Runs a parameterised query and returns plain rows. */
  query(sql: string, params?: readonly Param[]): Promise<Row[]>;
  /** Runs trusted statements (DDL, BEGIN/COMMIT); never called with user-written text. */
  exec(sql: string): Promise<void>;
  /** Checks a statement compiles without running it; returns the column names or throws. */
  check(sql: string): Promise<string[]>;
  /**
   * Appends an Arrow IPC stream's rows to `table`, creating it from the stream's schema when
   * `create` is set: how bulk loads reach DuckDB as data in one call rather than row by row.
   */
  insertArrow(table: string, ipc: Uint8Array, create: boolean): Promise<void>;
}

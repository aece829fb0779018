/**
 * The English catalog must have every key the Japanese one has (and only those), or a screen
 * would fall back to showing a key; typing it from the Japanese shape makes tsc check that.
 */
export type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };

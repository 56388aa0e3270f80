/**
 * The PostgreSQL layout of a store, in one PostgreSQL schema: tables, the key functions that
 * expression indexes call, and the trigger that keeps history append-only.
 */
import * as Sql from "./sql.js"

/**
 * The key of a JSON value as bytes, the same bytes as `Sql.encodeKey` (a property test holds the
 * two to it): numbers as ordered doubles, strings as their UTF-16 code units decoded from the JSON
 * literal itself (so `\u0000` and lone surrogates, which PostgreSQL text cannot hold, still work),
 * arrays element by element; anything else has no key.
 */
const keyOf = (ns: string) => `
CREATE FUNCTION ${ns}.frontdesk_key_of(v json) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  kind text := json_typeof(v);
  lit text;
  out bytea;
  part bytea;
  element json;
  bits bigint;
  i integer;
  n integer;
  c text;
  u integer;
  units integer[] := '{}';
BEGIN
  IF kind = 'number' THEN
    bits := ('x' || encode(float8send((v::text)::float8), 'hex'))::bit(64)::bigint;
    IF bits = (-9223372036854775807 - 1) THEN bits := 0; END IF; -- -0 is 0
    IF bits >= 0 THEN bits := bits # (-9223372036854775807 - 1); ELSE bits := ~bits; END IF;
    RETURN '\\x10'::bytea || int8send(bits);
  ELSIF kind = 'string' THEN
    lit := v::text;
    n := length(lit) - 1;
    i := 2;
    WHILE i <= n LOOP
      c := substr(lit, i, 1);
      IF c = '\\' THEN
        c := substr(lit, i + 1, 1);
        IF c = 'u' AND substr(lit, i + 2, 4) = '0030' THEN
          -- the stored form of a code unit PostgreSQL's json functions refuse (see toStored)
          units := units || ('x' || substr(lit, i + 6, 4))::bit(16)::integer;
          i := i + 10;
        ELSIF c = 'u' THEN
          units := units || ('x' || substr(lit, i + 2, 4))::bit(16)::integer;
          i := i + 6;
        ELSE
          units := units || CASE c WHEN 'b' THEN 8 WHEN 'f' THEN 12 WHEN 'n' THEN 10 WHEN 'r' THEN 13
                                   WHEN 't' THEN 9 ELSE ascii(c) END;
          i := i + 2;
        END IF;
      ELSE
        u := ascii(c);
        IF u > 65535 THEN
          u := u - 65536;
          units := units || (55296 + (u >> 10)) || (56320 + (u & 1023));
        ELSE
          units := units || u;
        END IF;
        i := i + 1;
      END IF;
    END LOOP;
    out := '\\x20'::bytea;
    FOREACH u IN ARRAY units LOOP
      u := u + 1;
      IF u < 128 THEN
        out := out || set_byte('\\x00'::bytea, 0, u);
      ELSIF u < 16384 THEN
        out := out || set_byte(set_byte('\\x0000'::bytea, 0, 128 | (u >> 8)), 1, u & 255);
      ELSE
        out := out || set_byte(set_byte(set_byte('\\x000000'::bytea, 0, 192 | (u >> 16)), 1, (u >> 8) & 255), 2, u & 255);
      END IF;
    END LOOP;
    RETURN out || '\\x00'::bytea;
  ELSIF kind = 'array' THEN
    out := '\\x30'::bytea;
    FOR element IN SELECT json_array_elements(v) LOOP
      part := ${ns}.frontdesk_key_of(element);
      IF part IS NULL THEN RETURN NULL; END IF;
      out := out || part;
    END LOOP;
    RETURN out || '\\x00'::bytea;
  END IF;
  RETURN NULL;
END
$fn$`

/** `frontdesk_key(value, keyPath)`: the key under a key path given as JSON (`"a.b"` or `["a","b"]`). */
const key = (ns: string) => `
CREATE FUNCTION ${ns}.frontdesk_key(value json, key_path json) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  path json;
  out bytea := '\\x30'::bytea;
  part bytea;
BEGIN
  IF json_typeof(key_path) = 'string' THEN
    RETURN ${ns}.frontdesk_key_of(value #> string_to_array(key_path #>> '{}', '.'));
  END IF;
  FOR path IN SELECT json_array_elements(key_path) LOOP
    part := ${ns}.frontdesk_key_of(value #> string_to_array(path #>> '{}', '.'));
    IF part IS NULL THEN RETURN NULL; END IF;
    out := out || part;
  END LOOP;
  RETURN out || '\\x00'::bytea;
END
$fn$`

/**
 * The JSON text of a record value as stored. PostgreSQL's json functions (which the index
 * expressions walk) refuse to decode `\u0000` and lone surrogates, both valid in JSON and in
 * JavaScript strings. Such an escape is stored as `\u0030` followed by its four hex digits: a
 * plain "0" and four characters to PostgreSQL, and unmistakable to {@link fromStored} and the key
 * function, because JSON.stringify never writes `\u0030`.
 */
export const toStored = (json: string): string =>
  json.includes("\\u")
    ? json.replace(/\\\\|\\u(0000|d[89a-f][0-9a-f]{2})/g, (match, code: string | undefined) =>
        code === undefined ? match : `\\u0030${code}`
      )
    : json

/** The JSON text of a stored record value, as JSON.stringify wrote it. */
export const fromStored = (stored: string): string =>
  stored.includes("\\u0030")
    ? stored.replace(/\\\\|\\u0030([0-9a-f]{4})/g, (match, code: string | undefined) =>
        code === undefined ? match : `\\u${code}`
      )
    : stored

/** Statements that create what is missing; run inside the upgrade transaction, under its lock. */
export const layout = (ns: string): ReadonlyArray<string> => [
  `CREATE SCHEMA IF NOT EXISTS ${ns}`,
  `CREATE TABLE IF NOT EXISTS ${ns}.schema_versions (
     version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE TABLE IF NOT EXISTS ${ns}.collections (name text COLLATE "C" PRIMARY KEY)`,
  `CREATE TABLE IF NOT EXISTS ${ns}.indexes (
     collection text COLLATE "C" NOT NULL, name text COLLATE "C" NOT NULL,
     sql_name text NOT NULL UNIQUE, definition text NOT NULL, PRIMARY KEY (collection, name))`,
  `CREATE TABLE IF NOT EXISTS ${ns}.records (
     collection text COLLATE "C" NOT NULL, id text COLLATE "C" NOT NULL,
     version integer NOT NULL CHECK (version >= 1), value json NOT NULL,
     PRIMARY KEY (collection, id))`,
  `CREATE TABLE IF NOT EXISTS ${ns}.history (
     collection text COLLATE "C" NOT NULL, record_id text COLLATE "C" NOT NULL,
     version integer NOT NULL, entry json NOT NULL,
     PRIMARY KEY (collection, record_id, version))`,
  `CREATE OR REPLACE FUNCTION ${ns}.frontdesk_refuse_history_change() RETURNS trigger
   LANGUAGE plpgsql AS $fn$ BEGIN RAISE EXCEPTION 'history is append-only'; END $fn$`,
  ...guards(ns)
]

/** The triggers that refuse UPDATE, DELETE and TRUNCATE on history. */
export const guards = (ns: string): ReadonlyArray<string> => [
  `CREATE OR REPLACE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON ${ns}.history
   FOR EACH ROW EXECUTE FUNCTION ${ns}.frontdesk_refuse_history_change()`,
  `CREATE OR REPLACE TRIGGER history_no_truncate BEFORE TRUNCATE ON ${ns}.history
   FOR EACH STATEMENT EXECUTE FUNCTION ${ns}.frontdesk_refuse_history_change()`
]

/**
 * The key functions, created once: indexes depend on their exact bodies, so an existing function
 * is never replaced (a changed encoding would get a new name).
 */
export const keyFunctions = (
  ns: string
): ReadonlyArray<{ readonly signature: string; readonly sql: string }> => [
  { signature: `${ns}.frontdesk_key_of(json)`, sql: keyOf(ns) },
  { signature: `${ns}.frontdesk_key(json,json)`, sql: key(ns) }
]

/** The indexed expression of a key path. */
export const keyExpr = (ns: string, keyPath: Parameters<typeof Sql.keyPathJson>[0]): string =>
  `${ns}.${Sql.keyFunction}(value, ${Sql.literal(Sql.keyPathJson(keyPath))}::json)`

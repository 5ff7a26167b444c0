/** Minimal, lenient checks of vendor JSON that name the JSON path of the first mismatch ($.articles[2].title). */
import { SwitchboardError } from '@switchboard/spec';

type Json = unknown;

/** Thrown by the checks; `readJsonExport` turns it into INGEST_FILE_INVALID naming the file. */
export class JsonShapeMismatch extends Error {
  constructor(
    readonly jsonPath: string,
    readonly expected: string,
    readonly found: Json,
  ) {
    super(`${jsonPath}: expected ${expected}, found ${describe(found)}`);
    this.name = 'JsonShapeMismatch';
  }
}

export function asObject(value: Json, jsonPath: string): Record<string, Json> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new JsonShapeMismatch(jsonPath, 'an object', value);
  return value as Record<string, Json>;
}

export function asArray(value: Json, jsonPath: string): Json[] {
  if (!Array.isArray(value)) throw new JsonShapeMismatch(jsonPath, 'an array', value);
  return value;
}

export function asString(value: Json, jsonPath: string): string {
  if (typeof value !== 'string') throw new JsonShapeMismatch(jsonPath, 'a string', value);
  return value;
}

export function optionalString(value: Json, jsonPath: string): string | null {
  return value === undefined || value === null ? null : asString(value, jsonPath);
}

export function asId(value: Json, jsonPath: string): string {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return String(value);
  throw new JsonShapeMismatch(jsonPath, 'an id (number or string)', value);
}

export function optionalId(value: Json, jsonPath: string): string | null {
  return value === undefined || value === null ? null : asId(value, jsonPath);
}

export function optionalBoolean(value: Json, jsonPath: string): boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'boolean') throw new JsonShapeMismatch(jsonPath, 'true or false', value);
  return value;
}

export function optionalStrings(value: Json, jsonPath: string): string[] {
  if (value === undefined || value === null) return [];
  return asArray(value, jsonPath).map((item, i) => asString(item, `${jsonPath}[${i}]`));
}

/** Parses JSON, or throws INGEST_FILE_INVALID naming the file and line of the syntax error. */
export function parseJson(path: string, text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position === undefined ? null : text.slice(0, Number(position)).split('\n').length;
    throw new SwitchboardError(
      'INGEST_FILE_INVALID',
      `${path}: not valid JSON${line ? ` (line ${line})` : ''}: ${(error as Error).message}`,
      {
        cause: error,
        details: { file: path, line },
      },
    );
  }
}

/** Runs shape checks, turning the first mismatch into INGEST_FILE_INVALID naming the file and JSON path. */
export function checkShape<T>(path: string, what: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof JsonShapeMismatch)) throw error;
    throw new SwitchboardError('INGEST_FILE_INVALID', `${path}: not ${what}: ${error.message}`, {
      cause: error,
      details: { file: path, jsonPath: error.jsonPath },
    });
  }
}

function describe(value: Json): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value} (${JSON.stringify(value).slice(0, 40)})`;
}

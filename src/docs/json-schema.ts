/**
 * JSON Schema files of the record model, one per kind and CSVバージョン (json-schema/<kind>.<version>.json)
 * plus json-schema/index.json. Each file is {@link recordJsonSchema} (zod's `z.toJSONSchema` of
 * {@link recordSchema}) with a title and a description added. `node scripts/gen-json-schema.mjs` writes
 * them; test/json-schema/generated-files.test.ts fails when the committed files differ.
 * @internal
 */
import { KIND_INFO } from '../kinds.js';
import { getLayout, kindVersions, SUPPORTED_KINDS, type CsvVersion, type SupportedKind } from '../schemas/layouts.js';
import { recordJsonSchema } from '../zod/index.js';

/** Folder of the files, relative to the repository (and to the installed package). */
export const JSON_SCHEMA_DIR = 'json-schema';

/** File name of a kind's schema in a version: `table7.202407.json`. */
export function jsonSchemaFileName(kind: SupportedKind, version: CsvVersion): string {
  return `${kind}.${version}.json`;
}

/** Title of a schema: prefix, 日本語名称 and version, e.g. `UPSIKYU 第7表（サービス利用票別表） 202407`. */
export function jsonSchemaTitle(kind: SupportedKind, version: CsvVersion): string {
  const info = KIND_INFO[kind];
  return `${info.prefix} ${info.nameJa} ${version}`;
}

/** Description of a schema (Japanese, then English). */
export function jsonSchemaDescription(kind: SupportedKind, version: CsvVersion): string {
  const info = KIND_INFO[kind];
  const columns = getLayout(kind, version).fields.length;
  return (
    `ケアプランデータ連携標準仕様 第4.1版 ${info.prefix}（${info.nameJa}）CSVバージョン ${version} の 1 レコード（${columns} 項目）。` +
    `One record of kind \`${kind}\` in careplan-csv's record model (CSVバージョン ${version}, ${columns} columns): ` +
    "every column is a string ('' when empty), keyed as in docs/layouts; a repeated group is an array of objects. " +
    'Property descriptions give the column No. of CSVバージョン 202407 and the 項目名 (inside a group: of slot 1). ' +
    'Generated from the layout tables. Not expressible here, checked by the library only: calendar validity of dates, ' +
    'record rules and file-level rules.'
  );
}

/** The JSON Schema of a kind in a version: {@link recordJsonSchema} with title and description. */
export function layoutJsonSchema(kind: SupportedKind, version: CsvVersion): Record<string, unknown> {
  const { $schema, ...rest } = recordJsonSchema(kind, version) as Record<string, unknown>;
  return { $schema, title: jsonSchemaTitle(kind, version), description: jsonSchemaDescription(kind, version), ...rest };
}

/** One entry of json-schema/index.json. */
export interface JsonSchemaIndexEntry {
  readonly kind: SupportedKind;
  readonly prefix: string;
  readonly nameJa: string;
  readonly version: CsvVersion;
  readonly columns: number;
  /** File name, relative to json-schema/. */
  readonly file: string;
  readonly title: string;
}

/** The entries of json-schema/index.json: every kind in every version it has ({@link kindVersions}). */
export function jsonSchemaIndex(): JsonSchemaIndexEntry[] {
  return SUPPORTED_KINDS.flatMap((kind) =>
    kindVersions(kind).map((version) => ({
      kind,
      prefix: KIND_INFO[kind].prefix,
      nameJa: KIND_INFO[kind].nameJa,
      version,
      columns: getLayout(kind, version).fields.length,
      file: jsonSchemaFileName(kind, version),
      title: jsonSchemaTitle(kind, version),
    })),
  );
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every generated file: path (relative to the repository) → content. */
export function jsonSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {
    [`${JSON_SCHEMA_DIR}/index.json`]: json({
      description: 'JSON Schema files (draft 2020-12) of careplan-csv records, one per kind and CSVバージョン. Generated; do not edit.',
      schemas: jsonSchemaIndex(),
    }),
  };
  for (const e of jsonSchemaIndex()) files[`${JSON_SCHEMA_DIR}/${e.file}`] = json(layoutJsonSchema(e.kind, e.version));
  return files;
}

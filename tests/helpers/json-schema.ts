/**
 * The tests' JSON Schema validator: Ajv, for the draft 2020-12 schemas Zod
 * writes, with the formats (uri) they use. Ajv comes with html-validate.
 */
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The problems `value` has against `schema`, one line each with the path: empty when it is valid. */
export function schemaProblems(schema: object, value: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

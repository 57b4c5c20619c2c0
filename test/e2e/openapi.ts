// Just enough of OpenAPI 3.0 to hold the fake GitHub server to GitHub's published description: route
// matching, parameter checks and a validator for the JSON-schema keywords the subset uses (type, nullable,
// properties, required, enum, items, minItems, oneOf, anyOf, allOf, additionalProperties, $ref).

import { readFileSync } from 'node:fs';

type Schema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  operationId: string;
  parameters?: Array<Parameter | { $ref: string }>;
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, unknown>;
}

export interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

export const spec: OpenApi = JSON.parse(
  readFileSync(new URL('./fixtures/github-openapi-subset.json', import.meta.url), 'utf8'),
);

function deref<T>(node: T): T {
  let current: unknown = node;
  while (current && typeof current === 'object' && '$ref' in current) {
    const [, , kind, name] = String((current as { $ref: string }).$ref).split('/');
    current = spec.components[kind!]![name!];
    if (current === undefined) throw new Error(`unresolved ${(node as { $ref: string }).$ref}`);
  }
  return current as T;
}

/** Problems with `value` against `schema`, each as `<where>: <what>`. */
export function validate(value: unknown, schemaRef: Schema, where = '$'): string[] {
  const schema = deref(schemaRef);
  if (value === null)
    return schema.nullable === true || schema.type === 'null' ? [] : [`${where}: null not allowed`];
  const errors: string[] = [];
  if (Array.isArray(schema.allOf))
    for (const part of schema.allOf) errors.push(...validate(value, part, where));
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options)) {
      const matching = options.filter(
        (option) => validate(value, option, where).length === 0,
      ).length;
      if (key === 'oneOf' ? matching !== 1 : matching === 0) {
        errors.push(`${where}: matches ${matching} of the ${key} schemas`);
      }
    }
  }
  const type = schema.type as string | undefined;
  const actual = Array.isArray(value)
    ? 'array'
    : Number.isInteger(value)
      ? 'integer'
      : typeof value;
  if (type) {
    const fits = type === actual || (type === 'number' && actual === 'integer');
    if (!fits) return [...errors, `${where}: expected ${type}, got ${actual}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    errors.push(`${where}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      errors.push(`${where}: fewer than ${schema.minItems} items`);
    }
    if (schema.items)
      value.forEach((item, index) =>
        errors.push(...validate(item, schema.items as Schema, `${where}[${index}]`)),
      );
  } else if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const name of (schema.required ?? []) as string[]) {
      if (!(name in record)) errors.push(`${where}: missing required ${name}`);
    }
    for (const [name, item] of Object.entries(record)) {
      if (properties[name]) errors.push(...validate(item, properties[name]!, `${where}.${name}`));
      else if (schema.additionalProperties === false)
        errors.push(`${where}: unexpected property ${name}`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        errors.push(...validate(item, schema.additionalProperties as Schema, `${where}.${name}`));
      }
    }
  }
  return errors;
}

export interface Route {
  readonly method: string;
  readonly template: string;
  readonly operation: Operation;
  readonly params: Record<string, string>;
}

/** The documented operation a request is for, or undefined when GitHub has no such endpoint. */
export function route(method: string, pathname: string): Route | undefined {
  for (const [template, operations] of Object.entries(spec.paths)) {
    const operation = operations[method.toLowerCase()];
    if (!operation) continue;
    const names: string[] = [];
    const pattern = new RegExp(
      `^${template.replace(/\{(\w+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      })}$`,
    );
    const match = pattern.exec(pathname);
    if (!match) continue;
    const params = Object.fromEntries(
      names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]),
    );
    return { method: method.toUpperCase(), template, operation, params };
  }
  return undefined;
}

function coerce(text: string, schema: Schema): unknown {
  const type = deref(schema).type;
  if (type === 'integer' || type === 'number')
    return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

/** Everything wrong with a request for `route`: parameters (path and query) and the JSON body. */
export function checkRequest(found: Route, query: URLSearchParams, body: unknown): string[] {
  const errors: string[] = [];
  const parameters = (found.operation.parameters ?? []).map(
    (parameter) => deref(parameter) as Parameter,
  );
  for (const parameter of parameters) {
    const raw =
      parameter.in === 'path'
        ? found.params[parameter.name]
        : parameter.in === 'query'
          ? query.get(parameter.name)
          : undefined;
    if (raw === undefined || raw === null) {
      if (parameter.required && parameter.in !== 'header')
        errors.push(`${parameter.in} parameter ${parameter.name} is required`);
      continue;
    }
    if (parameter.schema)
      errors.push(
        ...validate(
          coerce(raw, parameter.schema),
          parameter.schema,
          `${parameter.in}.${parameter.name}`,
        ),
      );
  }
  const known = new Set(
    parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name),
  );
  for (const name of query.keys())
    if (!known.has(name)) errors.push(`unknown query parameter ${name}`);
  const requestBody = found.operation.requestBody;
  if (requestBody) {
    if (body === undefined) {
      if (requestBody.required) errors.push('request body is required');
    } else {
      errors.push(...validate(body, requestBody.content['application/json']!.schema, 'body'));
    }
  } else if (body !== undefined) {
    errors.push('this operation takes no request body');
  }
  return errors;
}

/** The documented example answer for `route` with `status`, to start a conformant response from. */
export function example(found: Route, status: number): unknown {
  const response = deref(found.operation.responses[String(status)] as Record<string, unknown>) as {
    content?: Record<string, { examples?: Record<string, { value?: unknown; $ref?: string }> }>;
  };
  const examples = response.content?.['application/json']?.examples ?? {};
  const first = Object.values(examples)[0];
  if (!first) throw new Error(`no example for ${found.method} ${found.template} ${status}`);
  let value = (deref(first) as { value: unknown }).value;
  // Some examples hold their value as a reference to a shared example.
  if (value && typeof value === 'object' && '$ref' in value)
    value = (deref(value as unknown) as { value: unknown }).value;
  return structuredClone(value);
}

/** Problems with a response body the fake server is about to send. */
export function checkResponse(found: Route, status: number, body: unknown): string[] {
  const response = deref(found.operation.responses[String(status)] as Record<string, unknown>) as
    { content?: Record<string, { schema: Schema }> } | undefined;
  const schema = response?.content?.['application/json']?.schema;
  if (!response)
    return [`status ${status} is not documented for ${found.method} ${found.template}`];
  return schema ? validate(body, schema, 'response') : [];
}

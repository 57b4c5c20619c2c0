// Reads an issue opened from the "New FastAPI service" form back into a RawRequest, guided by the form's
// YAML: its `### <label>` headings say where each field starts, its dropdown options say which values exist.
//
// Why not @github/issue-parser: it treats `###` inside a fenced code block as a new field and splits dropdown
// answers on commas. Here a heading counts only outside fences and only when its text is one of the form's
// labels, so a stray or injected heading stays inside the field it was typed in (where validation rejects it),
// and a dropdown answer is matched whole against the option labels.
//
// What is parsed is what a reviewer sees on GitHub, never more: HTML comments (closed or not) are dropped as
// GitHub's renderer hides them, and a heading that only matches a label once invisible characters are taken
// out is refused, so a body cannot show one request and hide another.

import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import type { RawRequest } from './request.js';
import { FORM_INPUTS, type FormInputId } from './schema.js';

/** GitHub caps an issue body at 65,536 characters; anything longer did not come from the form. */
export const MAX_ISSUE_BODY = 65_536;

const NO_RESPONSE = '_No response_';
/** What GitHub writes for a dropdown left empty. Our `auth` option `none` is labelled `none — …`, never `None`. */
const EMPTY_DROPDOWN = 'None';

export interface IssueFormField {
  readonly id: FormInputId;
  readonly type: 'input' | 'dropdown';
  readonly label: string;
  readonly required: boolean;
  /** input: the pre-filled value; dropdown: the value of the option picked by default. */
  readonly default?: string;
  /** dropdown only: option label as shown in the body → schema value. */
  readonly options?: ReadonlyArray<{ readonly label: string; readonly value: string }>;
}

export interface IssueForm {
  readonly name: string;
  readonly labels: readonly string[];
  readonly fields: readonly IssueFormField[];
}

interface FormYaml {
  name?: unknown;
  labels?: unknown;
  body?: Array<{
    type?: unknown;
    id?: unknown;
    attributes?: { label?: unknown; value?: unknown; options?: unknown; default?: unknown };
    validations?: { required?: unknown };
  }>;
}

/** The schema value an option label stands for: the label's first word (`none — Public: …` → `none`). */
export function optionValue(label: string): string {
  return label.trim().split(/\s+/, 1)[0] ?? '';
}

/**
 * Reads the form definition. Fields whose id is not a schema input are an error: the form and the schema
 * must name the same things (test/request/schema-drift.test.ts checks the rest). A broken form is the
 * repository's setup, not the requester's to fix: it throws a plain Error.
 */
export function readIssueForm(yamlText: string): IssueForm {
  let data: FormYaml;
  try {
    data = parseYaml(yamlText) as FormYaml;
  } catch (error) {
    throw new Error(`the issue form is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray(data.body)) {
    throw new Error('the issue form has no body');
  }
  const known = new Set<string>(FORM_INPUTS.map((input) => input.id));
  const fields: IssueFormField[] = [];
  for (const element of data.body) {
    if (element.type === 'markdown') continue;
    const id = String(element.id ?? '');
    if (!known.has(id))
      throw new Error(`the issue form field "${id}" is not an input of fastapi-scaffold`);
    if (element.type !== 'input' && element.type !== 'dropdown') {
      throw new Error(`the issue form field "${id}" must be an input or a dropdown`);
    }
    const attributes = element.attributes ?? {};
    const label = String(attributes.label ?? '').trim();
    if (label === '') throw new Error(`the issue form field "${id}" has no label`);
    const required = element.validations?.required === true;
    if (element.type === 'input') {
      const value = attributes.value === undefined ? undefined : String(attributes.value);
      fields.push({ id: id as FormInputId, type: 'input', label, required, default: value });
      continue;
    }
    if (!Array.isArray(attributes.options) || attributes.options.length === 0) {
      throw new Error(`the issue form dropdown "${id}" has no options`);
    }
    const options = attributes.options.map((option) => {
      const optionLabel = String(option).trim();
      return { label: optionLabel, value: optionValue(optionLabel) };
    });
    const index = typeof attributes.default === 'number' ? attributes.default : undefined;
    fields.push({
      id: id as FormInputId,
      type: 'dropdown',
      label,
      required,
      default: index === undefined ? undefined : options[index]?.value,
      options,
    });
  }
  const labels = Array.isArray(data.labels) ? data.labels.map(String) : [];
  return { name: String(data.name ?? ''), labels, fields };
}

interface Fence {
  readonly char: string;
  readonly length: number;
}

// CommonMark: up to three spaces of indentation, then three or more backticks or tildes.
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}###[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

function fenceStart(line: string): Fence | undefined {
  const match = FENCE.exec(line);
  if (!match) return undefined;
  const marks = match[1]!;
  // A backtick fence's info string may not contain a backtick.
  if (marks[0] === '`' && match[2]!.includes('`')) return undefined;
  return { char: marks[0]!, length: marks.length };
}

function closesFence(line: string, fence: Fence): boolean {
  const match = FENCE.exec(line);
  if (!match) return false;
  const marks = match[1]!;
  return marks[0] === fence.char && marks.length >= fence.length && match[2]!.trim() === '';
}

/**
 * The body with its HTML comments removed, as GitHub's renderer hides them: `<!--` outside a code fence
 * hides everything up to the next `-->`, or to the end of the body when there is none. (GitHub shows an
 * unclosed `<!--` in the middle of a paragraph as text; hiding it here too can only lose a visible field,
 * never reveal a hidden one.)
 */
export function withoutComments(body: string): string {
  const lines: string[] = [];
  let fence: Fence | undefined;
  let inComment = false;
  for (const line of body.split('\n')) {
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      lines.push(line);
      continue;
    }
    const startsInComment = inComment;
    let visible = '';
    let rest = line;
    while (rest !== '') {
      if (inComment) {
        const end = rest.indexOf('-->');
        if (end < 0) break;
        rest = rest.slice(end + 3);
        inComment = false;
        continue;
      }
      const start = rest.indexOf('<!--');
      if (start < 0) {
        visible += rest;
        break;
      }
      visible += rest.slice(0, start);
      rest = rest.slice(start + 4);
      inComment = true;
    }
    if (!startsInComment) fence = fenceStart(visible);
    lines.push(visible);
  }
  return lines.join('\n');
}

// Characters that render as nothing (zero-width, joiners, bidi controls, BOM, soft hyphen) and spaces that
// render like a plain one.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

function looksLike(text: string): string {
  return text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/ +/g, ' ').trim();
}

/** Splits the body into the form's sections: label → the lines under its heading. */
function sections(body: string, labels: ReadonlySet<string>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  let current: string[] | undefined;
  let fence: Fence | undefined;
  for (const line of body.split('\n')) {
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      current?.push(line);
      continue;
    }
    const opened = fenceStart(line);
    if (opened) {
      fence = opened;
      current?.push(line);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading && !labels.has(heading[1]!.trim()) && labels.has(looksLike(heading[1]!))) {
      throw new UserError(
        `the issue body has a heading "${looksLike(heading[1]!)}" with invisible or unusual characters in it; retype the heading (or open the issue again with the form)`,
      );
    }
    if (heading && labels.has(heading[1]!.trim())) {
      const label = heading[1]!.trim();
      if (found.has(label)) {
        throw new UserError(
          `the issue body has the field "${label}" twice; edit the issue so that it appears once`,
        );
      }
      current = [];
      found.set(label, current);
      continue;
    }
    current?.push(line);
  }
  return found;
}

function answer(lines: readonly string[]): string {
  return lines.join('\n').trim();
}

function readDropdown(field: IssueFormField, text: string): string {
  // `None` is what an empty dropdown renders as; no option label is `None`, and a hand-typed `none` is
  // also taken as "no answer" so that an ambiguous body falls back to the default (iam), never to a public API.
  if (text === '' || text.toLowerCase() === EMPTY_DROPDOWN.toLowerCase()) return '';
  const options = field.options ?? [];
  const byLabel = options.find((option) => option.label === text);
  if (byLabel) return byLabel.value;
  const byValue = options.find((option) => option.value.toLowerCase() === text.toLowerCase());
  if (byValue) return byValue.value;
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  throw new UserError(
    `"${field.label}" must be one of ${options.map((option) => option.value).join(', ')} (got ${JSON.stringify(shown)})`,
  );
}

/**
 * The request an issue body asks for. Values are raw (validation is parseRequest's job), except that
 * "no answer" becomes an empty string so the schema default applies.
 */
export function parseIssueBody(body: string, form: IssueForm): RawRequest {
  if (body.length > MAX_ISSUE_BODY) {
    throw new UserError(
      `the issue body is ${body.length} characters long; an issue form answer is far shorter`,
    );
  }
  const text = withoutComments(body.replace(/\r\n?/g, '\n'));
  const labels = new Set(form.fields.map((field) => field.label));
  const split = sections(text, labels);
  if (split.size === 0) {
    throw new UserError(
      `the issue body has none of the form's fields (### ${form.fields.find((field) => field.id === 'name')?.label ?? 'API name'}, …); open the issue with the "${form.name}" form`,
    );
  }
  const raw: Record<string, string> = {};
  for (const field of form.fields) {
    const value = answer(split.get(field.label) ?? []);
    const given = value === NO_RESPONSE ? '' : value;
    if (field.type === 'dropdown') {
      raw[field.id] = readDropdown(field, given);
      continue;
    }
    if (given.includes('\n')) {
      throw new UserError(
        `"${field.label}" must be a single line; the issue body has ${given.split('\n').length} lines under it (a stray heading or code block?)`,
      );
    }
    raw[field.id] = given;
  }
  return raw as RawRequest;
}

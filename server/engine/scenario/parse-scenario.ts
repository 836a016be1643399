// YAML text -> Scenario, or every problem in the file at once (a counsellor fixes them in one pass).
// Each problem names the file, the field path as written in YAML (`lines.anger.validating[2]`) and
// the line, found by walking the YAML document's node ranges.
import { type Document, isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { formatPath, isRecord, type PathSegment } from './scenario-lines.js';
import { type PathProblem, scenarioProblems } from './scenario-rules.js';
import { CURRENT_FORMAT, SCENARIO_FORMATS, type Scenario, scenarioValidator } from './scenario-schema.js';

export { formatPath };

export interface ScenarioProblem {
  file: string;
  /** Dotted path with [index] for list items; '' for the whole file. */
  field: string;
  line?: number;
  message: string;
}

export class ScenarioError extends Error {
  readonly code = 'invalid_scenario';
  constructor(readonly problems: ScenarioProblem[]) {
    const first = problems[0];
    const where = first ? `${first.file}${first.line ? `:${first.line}` : ''} ${first.field}` : '';
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in scenario (first: ${where}: ${first?.message ?? ''})`,
    );
    this.name = 'ScenarioError';
  }
}

export function parseScenario(yamlText: string, fileName: string): Scenario {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
  const locate = locator(doc, lineCounter);
  const problems: ScenarioProblem[] = [];
  const report = (path: PathSegment[], message: string, line?: number) =>
    problems.push({ file: fileName, field: formatPath(path), line: line ?? locate(path), message });

  for (const error of doc.errors) {
    problems.push({
      file: fileName,
      field: '',
      line: error.linePos?.[0]?.line,
      message: `YAML syntax: ${firstLine(error.message)}`,
    });
  }
  if (problems.length > 0) throw new ScenarioError(problems);

  let data: unknown;
  try {
    // The yaml package refuses alias bombs and aliases to missing anchors only here, when it expands them.
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    report([], `YAML: ${firstLine((error as Error).message)}`, 1);
    throw new ScenarioError(problems);
  }
  if (!isRecord(data)) {
    report([], 'the file must be a YAML mapping of fields (format, id, title, ...)', 1);
    throw new ScenarioError(problems);
  }
  if (!(SCENARIO_FORMATS as readonly unknown[]).includes(data.format)) {
    report(['format'], formatRefused(data.format));
    throw new ScenarioError(problems);
  }

  for (const problem of schemaProblems(scenarioValidator, data)) report(problem.path, problem.message);
  for (const problem of scenarioProblems(data, fileName)) report(problem.path, problem.message);

  if (problems.length > 0) throw new ScenarioError(sortByLine(problems));
  return data as unknown as Scenario;
}

function formatRefused(format: unknown): string {
  if (format === undefined) return `is missing (write \`format: ${CURRENT_FORMAT}\`)`;
  if (format === 1)
    return (
      'format 1 is no longer read: format 2 gives the partner facts, questions and the lines to hear answers. ' +
      'scenarios/FORMAT.md ("From format 1") lists what to add by hand'
    );
  return `format ${describe(format)} is not known to this engine (known: ${SCENARIO_FORMATS.join(', ')})`;
}

interface Validator {
  Check(data: unknown): boolean;
  Errors(
    data: unknown,
  ): Iterable<{ keyword: string; instancePath: string; schemaPath: string; params: unknown; message: string }>;
}

/** TypeBox errors rewritten in plain words, one per field. */
function schemaProblems(validator: Validator, data: unknown): PathProblem[] {
  const out: PathProblem[] = [];
  // Errors() walks the whole file collecting messages even when there are none; Check() is the fast yes.
  if (validator.Check(data)) return out;
  const seen = new Set<string>();
  const add = (path: PathSegment[], message: string) => {
    const key = `${formatPath(path)}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path, message });
  };
  const errors = [...validator.Errors(data)];
  // A line that is none of text, { line, asks } and { line, after }: one plain message instead of one per alternative.
  const unions = errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath);
  for (const error of errors) {
    if (error.schemaPath.includes('/anyOf/') && unions.some((at) => error.instancePath.startsWith(at))) continue;
    const path = parsePointer(error.instancePath);
    const actual = valueAt(data, path);
    switch (error.keyword) {
      case 'anyOf':
        add(
          path,
          `must be a line of text, \`{ line: "...", asks: question-id }\` or \`{ line: "...", after: short | long }\` (got ${describe(actual)})`,
        );
        break;
      case 'required':
        for (const name of (error.params as { requiredProperties: string[] }).requiredProperties)
          add([...path, name], 'is missing');
        break;
      case 'additionalProperties':
        for (const name of (error.params as { additionalProperties: string[] }).additionalProperties)
          add([...path, name], 'is not a field this format knows (check the spelling)');
        break;
      case 'boolean': // the per-property twin of additionalProperties
        break;
      case 'enum':
        add(
          path,
          `must be one of: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')} (got ${describe(actual)})`,
        );
        break;
      case 'const':
        add(
          path,
          `must be ${describe((error.params as { allowedValue: unknown }).allowedValue)} (got ${describe(actual)})`,
        );
        break;
      case 'minItems': {
        const { limit } = error.params as { limit: number };
        const has = Array.isArray(actual) ? actual.length : 0;
        const advice = path[0] === 'lines' ? '; write 6 so 15 turns never repeat a line' : '';
        add(path, `needs at least ${limit} entries (has ${has})${advice}`);
        break;
      }
      case 'minLength':
        add(
          path,
          (error.params as { limit: number }).limit > 1
            ? `must be at least ${(error.params as { limit: number }).limit} characters`
            : 'must not be empty',
        );
        break;
      case 'maxLength':
        add(
          path,
          `must be at most ${(error.params as { limit: number }).limit} characters (has ${typeof actual === 'string' ? actual.length : 0})`,
        );
        break;
      case 'minimum':
      case 'maximum': {
        const { limit } = error.params as { limit: number };
        add(path, `must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${limit} (got ${describe(actual)})`);
        break;
      }
      case 'pattern':
        add(path, `must be kebab-case: lowercase words joined by hyphens (got ${describe(actual)})`);
        break;
      case 'type':
        add(path, `must be ${article((error.params as { type: string }).type)} (got ${describe(actual)})`);
        break;
      default:
        add(path, error.message);
    }
  }
  return out;
}

/** A field path's 1-based line in a YAML text (for problems found after parsing, across files). */
export function fieldLocator(yamlText: string): (path: PathSegment[]) => number | undefined {
  const lineCounter = new LineCounter();
  return locator(parseDocument(yamlText, { lineCounter }), lineCounter);
}

/** Maps a field path to its 1-based line: the deepest node that exists on the path. */
function locator(doc: Document, lineCounter: LineCounter) {
  return (path: PathSegment[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const prefix = path.slice(0, depth);
      const node = (depth === 0 ? doc.contents : doc.getIn(prefix, true)) as Node | null | undefined;
      // A mapping field is shown at its key (`tuning:`), a list item or the whole file at its node.
      const offset = keyOffset(doc, prefix) ?? node?.range?.[0];
      if (offset !== undefined) return lineCounter.linePos(offset).line;
    }
    return undefined;
  };
}

/** The offset of a mapping key (for `lines.anger:` the line of the key, not of its first value). */
function keyOffset(doc: Document, path: PathSegment[]): number | undefined {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
  return pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
}

function parsePointer(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function valueAt(data: unknown, path: PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function sortByLine(problems: ScenarioProblem[]): ScenarioProblem[] {
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.order - b.order)
    .map(({ problem }) => problem);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}

function article(type: string): string {
  const words: Record<string, string> = {
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    array: 'a list',
    object: 'a mapping of fields',
    boolean: 'true or false',
  };
  return words[type] ?? `a ${type}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

// YAML text -> Scenario, or every problem in the file at once (a counsellor fixes them in one pass).
// Each problem names the file, the field path as written in YAML (`lines.anger.validating[2]`) and
// the line, found by walking the YAML document's node ranges.
import { type Document, isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { EMOTIONS, LABELS } from '../types.js';
import { SCENARIO_FORMATS, type Scenario, scenarioValidator } from './scenario-schema.js';

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

type PathSegment = string | number;

/** The slots every scenario has without declaring them. */
const BUILT_IN_SLOTS = new Set(['partner']);
const SLOT_PATTERN = /\{([^{}\s]*)\}/g;
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const BEAT_CONDITIONS = ['trust_at_least', 'good_streak', 'bad_streak'];

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
  if (typeof data.format === 'number' && !(SCENARIO_FORMATS as readonly number[]).includes(data.format)) {
    report(['format'], `format ${data.format} is not known to this engine (known: ${SCENARIO_FORMATS.join(', ')})`);
    throw new ScenarioError(problems);
  }

  for (const problem of schemaProblems(data)) report(problem.path, problem.message);
  for (const problem of contentProblems(data, fileName)) report(problem.path, problem.message);

  if (problems.length > 0) throw new ScenarioError(sortByLine(problems));
  return data as unknown as Scenario;
}

interface PathProblem {
  path: PathSegment[];
  message: string;
}

/** TypeBox errors rewritten in plain words, one per field. */
function schemaProblems(data: unknown): PathProblem[] {
  const out: PathProblem[] = [];
  // Errors() walks the whole file collecting messages even when there are none; Check() is the fast yes.
  if (scenarioValidator.Check(data)) return out;
  const seen = new Set<string>();
  const add = (path: PathSegment[], message: string) => {
    const key = `${formatPath(path)}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path, message });
  };
  for (const error of scenarioValidator.Errors(data)) {
    const path = parsePointer(error.instancePath);
    const actual = valueAt(data, path);
    switch (error.keyword) {
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
      case 'minItems': {
        const { limit } = error.params as { limit: number };
        const has = Array.isArray(actual) ? actual.length : 0;
        const advice = path[0] === 'lines' ? '; write 5 so 15 turns never repeat a line' : '';
        add(path, `needs at least ${limit} entries (has ${has})${advice}`);
        break;
      }
      case 'minLength':
        add(path, 'must not be empty');
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

/** Checks a schema cannot express: slots, beats, duplicates, the id and the file name. */
function contentProblems(data: Record<string, unknown>, fileName: string): PathProblem[] {
  const out: PathProblem[] = [];
  const expectedId = fileId(fileName);
  if (typeof data.id === 'string' && KEBAB_CASE.test(data.id) && expectedId && data.id !== expectedId)
    out.push({
      path: ['id'],
      message: `must match the file name (expected ${expectedId})`,
    });

  const start = isRecord(data.start) ? data.start : {};
  const tuning = isRecord(data.tuning) ? data.tuning : {};
  if (typeof start.trust === 'number' && typeof tuning.repair_trust === 'number' && start.trust >= tuning.repair_trust)
    out.push({
      path: ['start', 'trust'],
      message: `must be below tuning.repair_trust (${tuning.repair_trust})`,
    });

  const slots = isRecord(data.slots) ? data.slots : {};
  for (const name of Object.keys(slots)) {
    if (BUILT_IN_SLOTS.has(name))
      out.push({
        path: ['slots', name],
        message: `{${name}} is built in (the partner's name): remove it here`,
      });
  }
  const firstSeen = new Map<string, string>();
  for (const { path, text } of everyLine(data)) {
    for (const match of text.matchAll(SLOT_PATTERN)) {
      const slot = match[1] ?? '';
      if (!BUILT_IN_SLOTS.has(slot) && !(slot in slots))
        out.push({
          path,
          message: `uses {${slot}}, which is not defined under slots`,
        });
    }
    const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
    const earlier = firstSeen.get(key);
    if (earlier)
      out.push({
        path,
        message: `repeats the line at ${earlier}: every line must be different`,
      });
    else firstSeen.set(key, formatPath(path));
  }

  const beats = Array.isArray(data.beats) ? data.beats : [];
  const beatIds = new Set<string>();
  beats.forEach((beat, index) => {
    if (!isRecord(beat)) return;
    const path: PathSegment[] = ['beats', index];
    if (typeof beat.id === 'string') {
      if (beatIds.has(beat.id))
        out.push({
          path: [...path, 'id'],
          message: `beat id ${beat.id} is used twice`,
        });
      beatIds.add(beat.id);
    }
    const hasAt = beat.at !== undefined;
    const hasWhen = beat.when !== undefined;
    if (hasAt === hasWhen)
      out.push({
        path,
        message: 'needs exactly one of `at` (a turn) or `when` (a condition)',
      });
    if (isRecord(beat.when)) {
      const conditions = Object.keys(beat.when).filter((key) => BEAT_CONDITIONS.includes(key));
      if (conditions.length !== 1)
        out.push({
          path: [...path, 'when'],
          message: `needs exactly one condition: ${BEAT_CONDITIONS.join(' | ')}`,
        });
    }
  });
  return out;
}

/** Every line a partner can say, with its field path. */
function everyLine(data: Record<string, unknown>): Array<{ path: PathSegment[]; text: string }> {
  const out: Array<{ path: PathSegment[]; text: string }> = [];
  const collect = (path: PathSegment[], list: unknown) => {
    if (!Array.isArray(list)) return;
    list.forEach((text, index) => {
      if (typeof text === 'string') out.push({ path: [...path, index], text });
    });
  };
  collect(['opening'], data.opening);
  const lines = isRecord(data.lines) ? data.lines : {};
  for (const emotion of EMOTIONS) {
    const cell = isRecord(lines[emotion]) ? lines[emotion] : {};
    for (const label of LABELS) collect(['lines', emotion, label], cell[label]);
  }
  if (Array.isArray(data.beats))
    data.beats.forEach((beat, index) => {
      if (isRecord(beat) && typeof beat.line === 'string')
        out.push({ path: ['beats', index, 'line'], text: beat.line });
    });
  const endings = isRecord(data.endings) ? data.endings : {};
  collect(['endings', 'repaired'], endings.repaired);
  collect(['endings', 'shutdown'], endings.shutdown);
  const hints = isRecord(data.hints) ? data.hints : {};
  for (const emotion of EMOTIONS) collect(['hints', emotion], hints[emotion]);
  return out;
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

export function formatPath(path: PathSegment[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    return out ? `${out}.${segment}` : segment;
  }, '');
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

function fileId(fileName: string): string | undefined {
  const match = /([^/\\]+)\.ya?ml$/i.exec(fileName);
  return match?.[1];
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

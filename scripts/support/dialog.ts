/**
 * The questions of `npm run nuevo`, answered in one of three ways, in this order:
 *
 * 1. An option on the command line (`--fecha=2021-06-30`): the question is not asked.
 * 2. In a terminal, the editor types the answer. A wrong answer is explained and the same
 *    question is asked again, so nothing typed before is lost. A wrong option is explained
 *    and its question asked.
 * 3. Without a terminal (a script, a test), answers are read one per line from the standard
 *    input, in the order of the questions. The dialog never waits for a person who is not
 *    there: when the input ends, each question still needing an answer is noted as a missing
 *    option, and a wrong answer or option is noted as a problem (re-asking would hand the
 *    next line, meant for the next question, to this one). The flow goes on with an example
 *    value so that every missing option is found in one run; the caller then writes nothing
 *    and prints them all with a command line that would work (`getShortfall`, `getAnswers`).
 *
 * Every answer is checked as it arrives by the caller's `validate`, built on the fields'
 * own schemas (src/lib/authoring/answers.ts).
 */
import { createInterface } from 'node:readline';
import { getMatches, toYesNo, type AnswerCheck, type FlagToken } from '../../src/lib/authoring/answers';
import { t } from '../../src/lib/i18n';

const s = t.scaffold;

/** Above this many options, the editor first types words to narrow the list down. */
const MAX_LISTED = 30;

/** The dialog cannot go on (the editor pressed Ctrl+D, there is no plan): its message says why. */
export class DialogStop extends Error {}

interface AskOptions<Value> {
  /** The option that answers this question, without the dashes: `fecha` for --fecha. */
  flag: string;
  /** Turns a non-empty answer into its value, or says what is wrong with it. */
  validate: AnswerCheck<Value>;
  /** The answer Enter gives; the question must say so. */
  defaultValue?: string;
  /** Why Enter is not enough, when there is more to say than that the answer is required. */
  requiredReason?: string;
  /**
   * A valid answer shown in the command line printed when this answer is missing, and
   * used meanwhile to go on finding what else is missing. Needed by required questions
   * without a default.
   */
  example?: string;
}

interface ChooseOptions<Option> {
  /** The option that answers this choice with an id; none for the first word (evidencia…). */
  flag?: string;
  getId: (option: Option) => string;
  /** The option as listed; it may take several lines. */
  getLabel: (option: Option) => string;
}

/** What stopped the file from being written without a terminal. */
export interface Shortfall {
  /** Options and answers that were refused, each with its reason. */
  problems: string[];
  /** What is missing: `--avance`, or the first word (`la palabra evidencia o actividad`). */
  missing: string[];
  /** An answer piped in was refused, and the lines after it were not read. */
  unread: boolean;
}

export interface Dialog {
  readonly isTerminal: boolean;
  /** The options of the command line, in the order they were written. */
  readonly flags: readonly FlagToken[];
  /** A required answer. */
  ask<Value>(question: string, options: AskOptions<Value> & { required?: true }): Promise<Value>;
  /** An optional answer (or one required only sometimes): Enter, or an empty option, gives undefined when it is not required. */
  ask<Value>(question: string, options: AskOptions<Value> & { required: boolean }): Promise<Value | undefined>;
  /** One of `options`, by its number in the list or its id. One option is chosen without asking. */
  choose<Option>(question: string, options: readonly Option[], how: ChooseOptions<Option>): Promise<Option>;
  /** Yes or no; a yes/no option (`--aplazada`) says yes. */
  confirm(question: string, options: { flag: string; defaultValue?: boolean }): Promise<boolean>;
  /** The value of an option whose question is not asked (its answer is not needed), when it is given. */
  getFlagValue<Value>(flag: string, validate: AnswerCheck<Value>): Value | undefined;
  /** Records a problem with the options that no question can fix; its message names them. */
  refuse(problem: string): void;
  /** The same dialog reading other options: those of one repeated item, such as a link and its text. */
  withFlags(flags: readonly FlagToken[]): Dialog;
  /** true when the option was written on the command line. */
  hasFlag(flag: string): boolean;
  /** Prints a line for the editor. */
  say(line: string): void;
  /** What was answered, in order, as options: for a command line that repeats this run. */
  getAnswers(): FlagToken[];
  /** Undefined when every answer arrived and was valid. */
  getShortfall(): Shortfall | undefined;
  close(): void;
}

interface State {
  readonly isTerminal: boolean;
  readLine(question: string): Promise<string | undefined>;
  /** Without a terminal, whether a line is still to come: a list is not printed for nobody. */
  hasInput(): Promise<boolean>;
  say(line: string): void;
  /** Without a terminal: the input ended, or one of its answers was refused. */
  inputOver: boolean;
  /** Without a terminal: an answer was refused, so the lines after it were not read. */
  inputRefused: boolean;
  answers: FlagToken[];
  problems: string[];
  missing: string[];
  close(): void;
}

type Result<Value> = { value: Value | undefined } | { error: string };

function toState(input: NodeJS.ReadStream, output: NodeJS.WriteStream): State {
  const isTerminal = Boolean(input.isTTY);
  const lines = createInterface({ input, output, terminal: isTerminal });
  // Reading from the iterator, not with question(), keeps answers piped in ahead of their
  // question instead of dropping them.
  const iterator = lines[Symbol.asyncIterator]();
  let peeked: IteratorResult<string> | undefined;
  const next = () => {
    const line = peeked ?? iterator.next();
    peeked = undefined;
    return line;
  };
  lines.on('SIGINT', () => {
    output.write(`\n${s.cancelled}\n`);
    process.exit(130);
  });
  return {
    isTerminal,
    inputOver: false,
    inputRefused: false,
    answers: [],
    problems: [],
    missing: [],
    say: (line) => output.write(`${line}\n`),
    async readLine(question) {
      if (isTerminal) {
        // As readline's prompt, the question stays in place when the editor moves along the line.
        lines.setPrompt(question);
        lines.prompt();
      }
      const { value, done } = await next();
      if (done) {
        if (isTerminal) {
          // Ctrl+D leaves the cursor after the question.
          output.write('\n');
          throw new DialogStop(s.cancelled);
        }
        return undefined;
      }
      const answer = String(value).trim();
      if (!isTerminal) output.write(`${question}${answer}\n`);
      return answer;
    },
    async hasInput() {
      if (isTerminal) return true;
      peeked ??= await iterator.next();
      return !peeked.done;
    },
    close: () => lines.close(),
  };
}

/** The dialog on the process's standard input and output, with the options of the command line. */
export function createDialog(flags: readonly FlagToken[]): Dialog {
  return toDialog(toState(process.stdin, process.stdout), flags);
}

function toDialog(state: State, flags: readonly FlagToken[]): Dialog {
  const getFlag = (name: string | undefined) => flags.find((token) => token.name === name)?.value;

  /** Empty answers are Enter: the default, nothing for optional questions, a refusal otherwise. */
  function check<Value>(answer: string, options: AskOptions<Value>, required: boolean): Result<Value> {
    if (answer !== '') return options.validate(answer);
    if (options.defaultValue !== undefined) return options.validate(options.defaultValue);
    return required ? { error: options.requiredReason ?? s.required } : { value: undefined };
  }

  /** Without a terminal, a required answer that cannot come: noted, and a stand-in lets the flow go on. */
  function toMissing<Value>(options: AskOptions<Value>, required: boolean): Value | undefined {
    if (!required) return undefined;
    if (!isValid(options, options.defaultValue) && !state.inputRefused) addMissing(`--${options.flag}`);
    return toStandIn(options);
  }

  function isValid<Value>(options: AskOptions<Value>, answer: string | undefined): answer is string {
    return answer !== undefined && !('error' in options.validate(answer));
  }

  function addMissing(item: string): void {
    if (!state.missing.includes(item)) state.missing.push(item);
  }

  /** The default, or else the example, which the command line printed at the end then shows. */
  function toStandIn<Value>(options: AskOptions<Value>): Value {
    const standIn = isValid(options, options.defaultValue) ? options.defaultValue : options.example;
    const result = options.validate(standIn ?? '');
    if ('error' in result) throw new Error(`--${options.flag} has neither a valid default nor a valid example: ${result.error}`);
    if (standIn !== options.defaultValue) state.answers.push({ name: options.flag, value: standIn! });
    return result.value;
  }

  async function ask<Value>(question: string, options: AskOptions<Value> & { required?: boolean }): Promise<Value | undefined> {
    const required = options.required ?? true;
    const given = getFlag(options.flag);
    if (given !== undefined) {
      const result = check(given === true ? '' : given, options, required);
      if (!('error' in result)) {
        if (given !== '') state.answers.push({ name: options.flag, value: given });
        return result.value;
      }
      const problem = s.badFlag(options.flag, result.error);
      if (!state.isTerminal) {
        state.problems.push(problem);
        return required ? toStandIn(options) : undefined;
      }
      state.say(problem);
    }
    for (;;) {
      const answer = state.inputOver ? undefined : await state.readLine(question);
      if (answer === undefined) {
        state.inputOver = true;
        return toMissing(options, required);
      }
      const result = check(answer, options, required);
      if (!('error' in result)) {
        if (answer !== '') state.answers.push({ name: options.flag, value: answer });
        return result.value;
      }
      if (!state.isTerminal) {
        state.problems.push(s.badAnswer(question, result.error));
        state.inputOver = true;
        state.inputRefused = true;
        return required ? toStandIn(options) : undefined;
      }
      state.say(result.error);
    }
  }

  async function choose<Option>(question: string, options: readonly Option[], how: ChooseOptions<Option>): Promise<Option> {
    const ids = options.map(how.getId);
    const byId = (id: string) => options[ids.indexOf(id)];
    const record = (option: Option) => {
      if (how.flag !== undefined) state.answers.push({ name: how.flag, value: how.getId(option) });
      return option;
    };
    // Without a terminal, the first option stands in for a choice that is missing or refused.
    const chooseStandIn = (problem?: string, fromInput = true) => {
      if (fromInput) state.inputOver = true;
      if (problem !== undefined) state.problems.push(problem);
      else if (!state.inputRefused) addMissing(how.flag === undefined ? s.missingKind(ids) : `--${how.flag}`);
      if (problem !== undefined && fromInput) state.inputRefused = true;
      return record(options[0]!);
    };
    const given = getFlag(how.flag);
    if (given !== undefined && how.flag !== undefined) {
      const chosen = given === true ? undefined : byId(given);
      if (chosen !== undefined) return record(chosen);
      const problem = s.badFlag(how.flag, s.unknownChoice(given === true ? '' : given, ids));
      if (!state.isTerminal) return chooseStandIn(problem, false);
      state.say(problem);
    }
    if (options.length === 1) return options[0]!;
    if (state.inputOver || !(await state.hasInput())) return chooseStandIn();
    state.say(question);
    for (;;) {
      let shown = options;
      if (options.length > MAX_LISTED) {
        const query = await state.readLine(s.askSearch(options.length));
        if (query === undefined) return chooseStandIn();
        if (ids.includes(query)) return record(byId(query)!);
        shown = getMatches(options, query, (option) => `${how.getId(option)} ${how.getLabel(option)}`);
        if (shown.length === 0 || shown.length > MAX_LISTED) {
          const error = shown.length === 0 ? s.noMatches(query) : s.tooManyMatches(shown.length);
          if (!state.isTerminal) return chooseStandIn(s.badAnswer(s.askSearch(options.length), error));
          state.say(error);
          continue;
        }
      }
      shown.forEach((option, index) => {
        const number = `  ${index + 1}) `;
        state.say(`${number}${how.getLabel(option).replace(/\n/g, `\n${' '.repeat(number.length)}`)}`);
      });
      const searching = shown !== options;
      const prompt = searching ? s.askChoiceOrSearch(shown.length) : s.askChoice(shown.length);
      for (;;) {
        const answer = await state.readLine(prompt);
        if (answer === undefined) return chooseStandIn();
        if (answer === '' && searching) break;
        const position = /^\d+$/.test(answer) ? Number(answer) : Number.NaN;
        if (position >= 1 && position <= shown.length) return record(shown[position - 1]!);
        if (ids.includes(answer)) return record(byId(answer)!);
        if (!state.isTerminal) return chooseStandIn(s.badAnswer(prompt, s.invalidChoice(shown.length)));
        state.say(s.invalidChoice(shown.length));
      }
    }
  }

  async function confirm(question: string, options: { flag: string; defaultValue?: boolean }): Promise<boolean> {
    const defaultValue = options.defaultValue ?? false;
    if (getFlag(options.flag) === true) {
      state.answers.push({ name: options.flag, value: true });
      return true;
    }
    const answer = await ask(question, { flag: options.flag, validate: toYesNo, required: false });
    // Typed answers are recorded as text; the command line writes a yes/no option bare, or not at all.
    state.answers = state.answers.filter((token) => token.name !== options.flag);
    const value = answer ?? defaultValue;
    if (value) state.answers.push({ name: options.flag, value: true });
    return value;
  }

  return {
    isTerminal: state.isTerminal,
    flags,
    ask: ask as Dialog['ask'],
    choose,
    confirm,
    getFlagValue(flag, validate) {
      const given = getFlag(flag);
      if (given === undefined || given === true || given === '') return undefined;
      const result = validate(given);
      if ('error' in result) {
        // In a terminal the editor is told, and the question the option would have answered is asked.
        if (state.isTerminal) state.say(s.badFlag(flag, result.error));
        else state.problems.push(s.badFlag(flag, result.error));
        return undefined;
      }
      state.answers.push({ name: flag, value: given });
      return result.value;
    },
    hasFlag: (flag) => getFlag(flag) !== undefined,
    refuse: (problem) => state.problems.push(problem),
    withFlags: (other) => toDialog(state, other),
    say: state.say,
    getAnswers: () => [...state.answers],
    getShortfall: () =>
      state.problems.length + state.missing.length === 0
        ? undefined
        : { problems: [...state.problems], missing: [...state.missing], unread: state.inputRefused },
    close: state.close,
  };
}

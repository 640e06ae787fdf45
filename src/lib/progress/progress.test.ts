import { describe, expect, test } from 'vitest';
import {
  getProgrammedDate,
  getProgressSummary,
  getReprogrammingExample,
  getReprogrammingInForce,
  getSemaphore,
  getTaskExecution,
  getTaskState,
  isProgrammedBy,
  toTruncatedMean,
  toTruncatedPercent,
  type EvidenceFacts,
  type ReprogrammingFacts,
  type TaskFacts,
} from './progress';

const CUTOFF = '2021-06-30';

function evidence(fecha: string, avance: number, aplazada = false): EvidenceFacts {
  return { fecha, avance, aplazada };
}

function task(programada: string, ...items: EvidenceFacts[]): TaskFacts {
  return { programada, reprogramaciones: [], evidence: items };
}

function reprogrammed(programada: string, reprogramaciones: ReprogrammingFacts[], ...items: EvidenceFacts[]): TaskFacts {
  return { programada, reprogramaciones, evidence: items };
}

describe('truncation', () => {
  test('truncates percentages instead of rounding them up', () => {
    expect(toTruncatedPercent(2, 3)).toBe(66);
    expect(toTruncatedPercent(199, 200)).toBe(99);
    expect(toTruncatedMean([100, 100, 100, 100, 0, ...Array<number>(10).fill(0)])).toBe(26);
  });

  test('keeps exact percentages exact', () => {
    expect(toTruncatedPercent(4, 5)).toBe(80);
    expect(toTruncatedPercent(3, 3)).toBe(100);
    expect(toTruncatedMean([50, 50])).toBe(50);
  });

  test('returns nothing to measure instead of dividing by zero', () => {
    expect(toTruncatedPercent(0, 0)).toBeNull();
    expect(toTruncatedMean([])).toBeNull();
  });
});

describe('execution of a task at a cut-off', () => {
  test('takes the percentage of the latest evidence dated on or before the cut-off', () => {
    const t = task('2021-06-30', evidence('2021-03-01', 20), evidence('2021-06-30', 60), evidence('2021-07-15', 100));
    expect(getTaskExecution(t, CUTOFF)).toBe(60);
    expect(getTaskExecution(t, '2021-12-31')).toBe(100);
  });

  test('is 0 when there is no evidence by the cut-off', () => {
    expect(getTaskExecution(task('2021-06-30'), CUTOFF)).toBe(0);
    expect(getTaskExecution(task('2021-06-30', evidence('2021-07-01', 100)), CUTOFF)).toBe(0);
  });

  test('does not depend on the order in which evidence files were read', () => {
    const t = task('2021-06-30', evidence('2021-06-01', 90), evidence('2021-02-01', 10));
    expect(getTaskExecution(t, CUTOFF)).toBe(90);
  });

  test('takes the highest percentage when two pieces of evidence share the latest date', () => {
    const t = task('2021-06-30', evidence('2021-06-10', 100), evidence('2021-06-10', 40));
    expect(getTaskExecution(t, CUTOFF)).toBe(100);
  });

  test('gives the same state whatever the order of two records of one day that differ only in being postponed', () => {
    const postponed = evidence('2021-06-10', 50, true);
    const notPostponed = evidence('2021-06-10', 50);
    expect(getTaskState(task('2021-06-30', postponed, notPostponed), CUTOFF)).toBe('vencida');
    expect(getTaskState(task('2021-06-30', notPostponed, postponed), CUTOFF)).toBe('vencida');
  });
});

describe('programmed and executed', () => {
  test('counts a task as programmed when its date is on or before the cut-off', () => {
    expect(isProgrammedBy(task('2021-06-30'), CUTOFF)).toBe(true);
    expect(isProgrammedBy(task('2021-07-01'), CUTOFF)).toBe(false);
  });

  test('counts a task executed only when it reaches 100% by the cut-off', () => {
    const summary = getProgressSummary(
      [
        task('2021-06-30', evidence('2021-06-01', 100)),
        task('2021-06-30', evidence('2021-06-01', 99)),
        task('2021-05-30', evidence('2021-07-01', 100)),
      ],
      CUTOFF,
    );
    expect(summary).toMatchObject({ programmed: 3, executed: 1, execution: 33 });
  });

  test('does not count a task done ahead of schedule in the period execution, only in the global progress', () => {
    const summary = getProgressSummary(
      [task('2021-06-30', evidence('2021-06-01', 100)), task('2021-12-31', evidence('2021-06-01', 100))],
      CUTOFF,
    );
    expect(summary).toEqual({ total: 2, programmed: 1, executed: 1, execution: 100, executionSum: 200, progress: 100 });
  });

  test('says there is nothing to measure when nothing was programmed by the cut-off', () => {
    const summary = getProgressSummary([task('2021-12-31', evidence('2021-06-01', 50))], CUTOFF);
    expect(summary).toEqual({ total: 1, programmed: 0, executed: 0, execution: null, executionSum: 50, progress: 50 });
    expect(getProgressSummary([], CUTOFF)).toEqual({
      total: 0,
      programmed: 0,
      executed: 0,
      execution: null,
      executionSum: 0,
      progress: null,
    });
  });

  test('computes global progress as the truncated mean execution of every task, whatever its date', () => {
    const summary = getProgressSummary(
      [task('2021-06-30', evidence('2021-06-01', 100)), task('2021-09-30', evidence('2021-06-01', 35)), task('2021-12-31')],
      CUTOFF,
    );
    expect(summary.progress).toBe(45);
  });
});

describe('task state at a cut-off', () => {
  test('is cumplida at 100%, even if programmed later', () => {
    expect(getTaskState(task('2021-12-31', evidence('2021-06-01', 100)), CUTOFF)).toBe('cumplida');
  });

  test('is aplazada when the latest evidence says the task was postponed', () => {
    expect(getTaskState(task('2021-06-30', evidence('2021-06-30', 0, true)), CUTOFF)).toBe('aplazada');
  });

  test('stops being aplazada when later evidence no longer says so', () => {
    const t = task('2021-12-31', evidence('2021-06-30', 0, true), evidence('2021-08-01', 30));
    expect(getTaskState(t, CUTOFF)).toBe('aplazada');
    expect(getTaskState(t, '2021-09-30')).toBe('en-curso');
  });

  test('is vencida when programmed by the cut-off and below 100%', () => {
    expect(getTaskState(task('2021-06-30', evidence('2021-06-01', 80)), CUTOFF)).toBe('vencida');
    expect(getTaskState(task('2021-03-31'), CUTOFF)).toBe('vencida');
  });

  test('is en curso with some progress before its date, and sin iniciar with none', () => {
    expect(getTaskState(task('2021-09-30', evidence('2021-06-01', 10)), CUTOFF)).toBe('en-curso');
    expect(getTaskState(task('2021-09-30'), CUTOFF)).toBe('sin-iniciar');
    expect(getTaskState(task('2021-09-30', evidence('2021-06-01', 0)), CUTOFF)).toBe('sin-iniciar');
  });
});

describe('reprogrammed tasks', () => {
  const moved = { fecha: '2021-09-30', decision: '2021-06-20' };

  test('read the date in force at the cut-off: the last reprogramming decided on or before it', () => {
    const t = reprogrammed('2021-06-30', [moved, { fecha: '2021-11-30', decision: '2021-09-15' }]);
    expect(getProgrammedDate(t, '2021-06-19')).toBe('2021-06-30');
    expect(getProgrammedDate(t, '2021-06-20')).toBe('2021-09-30');
    expect(getProgrammedDate(t, '2021-09-14')).toBe('2021-09-30');
    expect(getProgrammedDate(t, '2021-09-15')).toBe('2021-11-30');
    expect(getReprogrammingInForce(t, '2021-06-19')).toBeUndefined();
  });

  test('leave a cut-off when reprogrammed past it before the cut-off', () => {
    const t = reprogrammed('2021-06-30', [moved]);
    expect(isProgrammedBy(t, CUTOFF)).toBe(false);
    expect(getProgressSummary([t, task('2021-06-30', evidence('2021-06-01', 100))], CUTOFF)).toMatchObject({ programmed: 1, executed: 1, execution: 100 });
  });

  test('stay in a cut-off when the reprogramming was decided after it', () => {
    const late = reprogrammed('2021-06-30', [{ fecha: '2021-09-30', decision: '2021-07-05' }], evidence('2021-06-10', 40));
    expect(isProgrammedBy(late, CUTOFF)).toBe(true);
    expect(getTaskState(late, CUTOFF)).toBe('vencida');
    expect(getProgressSummary([late], CUTOFF)).toMatchObject({ programmed: 1, executed: 0, execution: 0 });
  });

  test('enter a cut-off when reprogrammed to an earlier date before it', () => {
    expect(isProgrammedBy(reprogrammed('2021-12-31', [{ fecha: '2021-05-31', decision: '2021-03-01' }]), CUTOFF)).toBe(true);
  });

  test('are reprogramada while the new date has not come, whatever their progress', () => {
    expect(getTaskState(reprogrammed('2021-06-30', [moved]), CUTOFF)).toBe('reprogramada');
    expect(getTaskState(reprogrammed('2021-06-30', [moved], evidence('2021-06-25', 60)), CUTOFF)).toBe('reprogramada');
  });

  test('are vencida again when they miss the new date', () => {
    const t = reprogrammed('2021-06-30', [moved], evidence('2021-09-20', 50));
    expect(getTaskState(t, '2021-09-30')).toBe('vencida');
  });

  test('are cumplida when done after the reprogramming', () => {
    expect(getTaskState(reprogrammed('2021-06-30', [moved], evidence('2021-09-28', 100)), '2021-09-30')).toBe('cumplida');
  });

  test('stay aplazada when their latest evidence says so: a postponement is not a reprogramming', () => {
    expect(getTaskState(reprogrammed('2021-06-30', [moved], evidence('2021-06-25', 0, true)), CUTOFF)).toBe('aplazada');
    expect(getTaskState(task('2021-06-30', evidence('2021-06-30', 0, true)), CUTOFF)).toBe('aplazada');
  });

  test('give the worked example of the method page by the rule itself', () => {
    expect(getReprogrammingExample(2021)).toEqual({
      original: '2021-06-30',
      newDate: '2021-09-30',
      cutoff: '2021-06-30',
      cases: [
        { decision: '2021-06-20', programmedDate: '2021-09-30', programmed: false, state: 'reprogramada' },
        { decision: '2021-07-05', programmedDate: '2021-06-30', programmed: true, state: 'vencida' },
      ],
    });
  });
});

describe('semáforo', () => {
  test('puts 0–59 in red, 60–79 in yellow and 80–100 in green', () => {
    expect([0, 59, 60, 79, 80, 100].map(getSemaphore)).toEqual(['rojo', 'rojo', 'amarillo', 'amarillo', 'verde', 'verde']);
  });
});

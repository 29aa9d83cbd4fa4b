// Generates the FSRS reference vectors for tst_fsrsvectors with ts-fsrs (pinned in package-lock.json),
// fuzz off. Deterministic: the same ts-fsrs gives the same files. Re-run after `npm ci` here:
//   node make-vectors.mjs ../../cpp/review/data
// It writes histories.json (the replay tool's input) and expected.json (ts-fsrs's card after each
// review, in the replay tool's output format).
import { fsrs, createEmptyCard, State, default_w, generatorParameters } from 'ts-fsrs';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.argv[2] ?? '../../cpp/review/data';

// mulberry32: a small seeded generator, so the histories do not change between runs.
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(20260105);
const pick = (list) => list[Math.floor(random() * list.length)];

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

// Each configuration is tried with short-term handling on and off.
const variants = [
  { request_retention: 0.9, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] },
  { request_retention: 0.8, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] },
  { request_retention: 0.97, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] },
  { request_retention: 0.85, learning_steps: ['5m', '1h', '1d'], relearning_steps: ['10m', '1h'] },
  { request_retention: 0.9, learning_steps: [], relearning_steps: [] },
  { request_retention: 0.93, learning_steps: ['10m'], relearning_steps: ['30m', '2d'] },
];

// The next review time: at the due moment, a little before or after it, the same minute, later the
// same day, across midnight, or after a long break.
function nextReviewTime(card, previous) {
  const kind = random();
  let t;
  if (kind < 0.35) t = card.due.getTime() + Math.floor(random() * 3 * MINUTE);
  else if (kind < 0.45) t = previous + Math.floor(random() * 2) * MINUTE;
  else if (kind < 0.6) t = previous + Math.floor(random() * 14 * 60) * MINUTE;
  else if (kind < 0.75) t = card.due.getTime() - Math.floor(random() * 3 * DAY);
  else if (kind < 0.9) t = card.due.getTime() + Math.floor(random() * 20 * DAY) + Math.floor(random() * 1440) * MINUTE;
  else t = previous + Math.floor(30 + random() * 400) * DAY + Math.floor(random() * 1440) * MINUTE;
  return Math.max(t, previous);
}

const histories = [];
const expected = [];
let reviews = 0;
let index = 0;
for (const enable_short_term of [true, false]) {
  for (const variant of variants) {
    for (let n = 0; n < 6; n++) {
      index += 1;
      const config = {
        request_retention: variant.request_retention,
        maximum_interval: n === 5 ? 180 : 36500,
        enable_short_term,
        learning_steps: variant.learning_steps,
        relearning_steps: variant.relearning_steps,
        w: [...default_w],
      };
      const scheduler = fsrs(generatorParameters({ ...config, enable_fuzz: false }));
      // Creation times spread over a year, some minutes before a UTC midnight.
      const created = Date.UTC(2026, 0, 5, 9, 0) + Math.floor(random() * 365) * DAY
        + (n % 2 === 0 ? 23 * 60 + 50 : Math.floor(random() * 1440)) * MINUTE;
      let card = createEmptyCard(new Date(created));
      let at = created;
      const history = { id: `h${index}`, config, created: new Date(created).toISOString(), reviews: [] };
      const after = [];
      const count = 6 + Math.floor(random() * 14);
      for (let r = 0; r < count; r++) {
        if (r > 0) at = nextReviewTime(card, at);
        // Mostly right answers, as in a real course, with misses and partly right ones between.
        const u = random();
        const rating = u < 0.2 ? 1 : u < 0.35 ? 2 : u < 0.9 ? 3 : 4;
        history.reviews.push({ review_at: new Date(at).toISOString(), rating });
        card = scheduler.next(card, new Date(at), rating).card;
        after.push({
          state: State[card.state],
          stability: card.stability,
          difficulty: card.difficulty,
          due: card.due.toISOString(),
          scheduled_days: card.scheduled_days,
          reps: card.reps,
          lapses: card.lapses,
          learning_steps: card.learning_steps,
        });
        reviews += 1;
      }
      histories.push(history);
      expected.push({ id: history.id, after });
    }
  }
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'histories.json'), JSON.stringify({ histories }, null, 1) + '\n');
writeFileSync(join(outDir, 'expected.json'), JSON.stringify({ histories: expected }, null, 1) + '\n');
console.log(`${histories.length} histories, ${reviews} reviews -> ${outDir}`);

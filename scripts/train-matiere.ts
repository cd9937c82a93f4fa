/**
 * Builds the matière classifier's model: src/classify/matiere-model.json.
 *
 *   node bin/run-ts.js scripts/train-matiere.ts [SCDL_DIR] [--check]
 *
 * SCDL_DIR holds the shared SCDL files (default ../shared/scdl, then
 * /work/shared/scdl): actes-training-sample.csv to learn from, the two
 * Rennes samples for the held-out measure. Deterministic: the smoothing is
 * chosen by 5-fold cross-validation on the training sample only (folds by
 * row position), then the model is trained on the whole labelled set; the
 * same inputs always give the same file. --check: fail when the committed
 * model differs from what the inputs give (nothing written).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifierFrom, MODEL_FILE, trainModel } from '../src/classify/matiere-model.ts';
import { accuracy } from '../src/classify/evaluate.ts';
import { fromNomenclature, fromTrainingSample, fromWrittenSubjects, heldOut, type LabelledSubject } from '../src/classify/training-set.ts';
import { parseCsvObjects } from '../src/export/rfc4180.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SMOOTHINGS = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5];
const FOLDS = 5;

function scdlDir(arg: string | undefined): string {
  const candidates = [arg, path.resolve(ROOT, '../shared/scdl'), '/work/shared/scdl'].filter(Boolean) as string[];
  const dir = candidates.find((d) => fs.existsSync(path.join(d, 'actes-training-sample.csv')));
  if (!dir) throw new Error(`no actes-training-sample.csv in ${candidates.join(', ')}`);
  return dir;
}

function crossValidate(real: LabelledSubject[], always: LabelledSubject[], smoothing: number): number {
  let right = 0;
  for (let k = 0; k < FOLDS; k++) {
    const test = real.filter((_, i) => i % FOLDS === k);
    const train = [...real.filter((_, i) => i % FOLDS !== k), ...always];
    right += accuracy(classifierFrom(trainModel(train, smoothing)), test).level2 * test.length;
  }
  return right / real.length;
}

const args = process.argv.slice(2);
const check = args.includes('--check');
const dir = scdlDir(args.find((a) => !a.startsWith('--')));
const read = (f: string) => parseCsvObjects(fs.readFileSync(path.join(dir, f), 'utf8'));
const sample = read('actes-training-sample.csv');
const real = fromTrainingSample(sample);
const always = [...fromNomenclature(), ...fromWrittenSubjects()];

const cv = SMOOTHINGS.map((s) => ({ s, acc: crossValidate(real, always, s) }));
const best = cv.reduce((a, b) => (b.acc > a.acc ? b : a));
for (const c of cv) console.log(`smoothing ${c.s}: cross-validated level-2 accuracy ${(c.acc * 100).toFixed(1)} %`);

const model = trainModel([...real, ...always], best.s);
const text = JSON.stringify(model) + '\n';
const file = fileURLToPath(MODEL_FILE);
console.log(`model: smoothing ${best.s}, ${Object.keys(model.features).length} tokens, trained on ${JSON.stringify(model.trained_on)}`);

const rennes = ['rennes-ville-deliberations-echantillon.csv', 'rennes-metropole-deliberations-echantillon.csv'];
if (rennes.every((f) => fs.existsSync(path.join(dir, f)))) {
  const held = heldOut(sample, rennes.map((name) => ({ name, rows: read(name) })));
  const a = accuracy(classifierFrom(model), held);
  console.log(`held-out (${held.length} Rennes rows not in the sample): level 1 ${(a.level1 * 100).toFixed(1)} %, level 2 ${(a.level2 * 100).toFixed(1)} %`);
}

if (check) {
  const same = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text;
  console.log(same ? 'committed model is up to date' : 'committed model differs from a fresh build');
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(file, text);
console.log(`wrote ${path.relative(ROOT, file)} (${text.length} bytes)`);

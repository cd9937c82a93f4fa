/**
 * Deliberation numbers that publishers put in front of the subject
 * (DELIB_OBJET): "DCM 2023-0461 - ", "DCM2022-0079 - ", "DCM_2024-123_",
 * "C21_208GEMAPI…", "B21.503-DE-…", "N° B 22.251 ", "B2024_448_",
 * "B 22.111BIS ", "2024-011 – ". Removing them keeps the classifier from
 * learning numbers, and lets a subject from the parser and one from an SCDL
 * file look alike. Only a leading number is removed; the text is kept.
 */

const PREFIX = new RegExp(
  [
    String.raw`^\s*(?:N°\s*)?`,
    // DCM 2023-0461 · C21_208 · B21.503 · B 22.251 · B2024_448 · C2024_184
    String.raw`(?:(?:DCM|[BC])[\s_]?\d{2,4}[-_.]\d{1,4}(?:BIS|TER)?`,
    // 2024-011 · 2023_0461 · 2021-0380BIS
    String.raw`|\d{4}[-_]\d{1,4}(?:BIS|TER)?)`,
    String.raw`(?![\d.])\s*(?:[-–—_:]\s*)?`,
  ].join(''),
  'i',
);

export function stripDeliberationNumber(subject: string): string {
  const out = subject.replace(PREFIX, '');
  return out.trim().length > 0 ? out.trim() : subject.trim();
}

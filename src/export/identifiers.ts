/**
 * French identifiers: SIREN (9 digits) and SIRET (SIREN + 5-digit NIC), both
 * with a Luhn check digit (INSEE). La Poste's establishments (SIREN
 * 356000000) use a different key; they are not deliberating bodies.
 */

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function validSiren(s: string): boolean {
  return /^\d{9}$/.test(s) && luhnValid(s);
}

export function validSiret(s: string): boolean {
  return /^\d{14}$/.test(s) && luhnValid(s);
}

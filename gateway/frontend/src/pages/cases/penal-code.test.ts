import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CrimeCategory } from '../../generated/cases';
import { ARTICLES } from './logic';

// The page's copy of the articles must say what case-service decides with (until an API serves them).
const SOURCE = readFileSync(resolve(import.meta.dirname,
  '../../../../../case-service/src/main/java/vn/lachan/cases/domain/PenalCode.java'), 'utf8');

function category(token: string): CrimeCategory {
  const years = /prison\((\d+)\)/.exec(token);
  if (!years) {
    return token.includes('Life') ? 'PARTICULARLY_SERIOUS' : 'LESS_SERIOUS';
  }
  const n = Number(years[1]);
  return n <= 3 ? 'LESS_SERIOUS' : n <= 7 ? 'SERIOUS' : n <= 15 ? 'VERY_SERIOUS' : 'PARTICULARLY_SERIOUS';
}

describe('the Penal Code of the case pages', () => {
  it('has the articles, clauses and categories of case-service', () => {
    const block = SOURCE.slice(SOURCE.indexOf('Stream.of('), SOURCE.indexOf(').collect('));
    const inJava = block.split(/\barticle\(/).slice(1).map((part) => ({
      number: Number(/^(\d+)/.exec(part)?.[1]),
      clauses: (part.match(/prison\(\d+\)|new Life\(\)|new NonCustodial\(\)/g) ?? []).map(category),
    }));
    expect(inJava.length).toBeGreaterThan(10);
    expect(ARTICLES.map((a) => ({ number: a.number, clauses: a.clauses }))).toEqual(inJava);
  });
});

import { describe, expect, it } from 'vitest';
import { METHOD_KINDS } from '../../../shared';
import { checkMethodParam } from '../../../renderer/mastery/settings/methodParam';

const decaying = { min: 50, max: 99 };

describe('checkMethodParam', () => {
  it('takes whole numbers in the range, ends included', () => {
    expect(checkMethodParam('50', decaying)).toEqual({ ok: true, value: 50 });
    expect(checkMethodParam(' 99 ', decaying)).toEqual({ ok: true, value: 99 });
    expect(checkMethodParam('80.0', decaying)).toEqual({ ok: true, value: 80 });
  });

  it('says in plain words what is wrong with anything else', () => {
    expect(checkMethodParam('', decaying)).toEqual({ ok: false, message: 'Type a whole number from 50 to 99.' });
    expect(checkMethodParam('5', decaying)).toEqual({ ok: false, message: '5 is too low. Type a whole number from 50 to 99.' });
    expect(checkMethodParam('100', decaying)).toEqual({ ok: false, message: '100 is too high. Type a whole number from 50 to 99.' });
    expect(checkMethodParam('65.5', decaying)).toEqual({ ok: false, message: '65.5 is not a whole number. Type one from 50 to 99.' });
    for (const text of ['abc', '-', '6e1', '0x40', 'Infinity']) {
      expect(checkMethodParam(text, decaying)).toEqual({ ok: false, message: 'That is not a number. Type a whole number from 50 to 99.' });
    }
  });

  it('agrees with every method parameter default', () => {
    for (const m of METHOD_KINDS) {
      if (m.param) expect(checkMethodParam(String(m.param.default), m.param)).toEqual({ ok: true, value: m.param.default });
    }
  });
});

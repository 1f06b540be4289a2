import { describe, expect, it } from 'vitest';
import { throttledAddress } from './client-address.ts';

describe('the address an attempt is throttled by', () => {
  it.each([
    ['192.0.2.17', '192.0.2.17'],
    ['::ffff:192.0.2.17', '192.0.2.17'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('%s counts as %s', (ip, expected) => {
    expect(throttledAddress(ip)).toBe(expected);
  });

  it('puts every address of one IPv6 /64 together', () => {
    expect(throttledAddress('2001:db8:aa:bb:1::')).toBe(throttledAddress('2001:db8:aa:bb:ffff:1:2:3'));
    expect(throttledAddress('2001:db8:aa:bb::')).not.toBe(throttledAddress('2001:db8:aa:bc::'));
  });
});

import { isIPv6 } from 'node:net';

/**
 * The source an attempt is throttled by. IPv4 addresses count one by one; an IPv6 client usually
 * holds a whole /64 and can change address within it at will, so IPv6 counts by its /64 prefix.
 * IPv4 carried in IPv6 (`::ffff:192.0.2.1`) counts as the IPv4 address it is.
 */
export function throttledAddress(ip: string): string {
  const address = ip.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  if (tail === undefined) return headGroups.map(canonicalGroup);
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  return [...headGroups, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailGroups].map(canonicalGroup);
}

// Leading zeros dropped, so `2001:0db8::` and `2001:db8::` count as one; an embedded IPv4 part stays.
const canonicalGroup = (group: string) =>
  /^[0-9a-f]{1,4}$/.test(group) ? Number.parseInt(group, 16).toString(16) : group;

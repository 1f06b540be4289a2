import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

/** The deep red of Mexican public institutions; shade 7 carries white text at better than 7:1. */
const guinda: MantineColorsTuple = [
  '#fcebef',
  '#f3d3db',
  '#e6a6b6',
  '#d8778f',
  '#cc506e',
  '#c43859',
  '#a82746',
  '#93203d',
  '#7d1a33',
  '#61122a',
];

export const theme = createTheme({
  colors: { guinda },
  primaryColor: 'guinda',
  primaryShade: 7,
  defaultRadius: 'sm',
  focusRing: 'auto',
  headings: { fontWeight: '600' },
});

/**
 * Mantine's default secondary text is too faint for WCAG AA on white; this grey reaches 6:1. Its
 * default error red (3.3:1) fails too for the messages under invalid fields; red 9 reaches 5.4:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5a6169', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});

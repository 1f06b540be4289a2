import { Badge, Code } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The sealer links entries into the hash chain moments after they are written; until then, no position. */
export function ChainPosition({ position }: { position: string | null }) {
  const { t } = useTranslation();
  if (position === null) {
    return (
      <Badge color="yellow" variant="light" c="dark">
        {t('audit.awaitingSeal')}
      </Badge>
    );
  }
  return <Code>{position}</Code>;
}

import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ReviewPair } from '../api/linkage.ts';
import { CASES_PATH } from '../cases/case-search.ts';

/** Where a record comes from: its agency and its case, which the reviewer may open. */
export function RecordSource({ record }: { record: ReviewPair['first'] }) {
  return (
    <Text component="span">
      <Text component="span" fw={700}>
        {record.agencyCode}
      </Text>{' '}
      <Anchor component={Link} to={`${CASES_PATH}/${record.caseId}`}>
        {record.caseReference}
      </Anchor>
    </Text>
  );
}

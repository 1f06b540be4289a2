import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  textEs: string;
  textEn: string;
  onTextEs: (text: string) => void;
  onTextEn: (text: string) => void;
};

/** A recommendation's wording, which the report prints in Spanish and in English. */
export function RecommendationWording({ textEs, textEn, onTextEs, onTextEn }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Textarea
        label={t('reports.assessment.textEs')}
        value={textEs}
        required
        maxLength={2000}
        autosize
        minRows={2}
        lang="es"
        onChange={(event) => onTextEs(event.currentTarget.value)}
      />
      <Textarea
        label={t('reports.assessment.textEn')}
        value={textEn}
        required
        maxLength={2000}
        autosize
        minRows={2}
        lang="en"
        onChange={(event) => onTextEn(event.currentTarget.value)}
      />
    </>
  );
}

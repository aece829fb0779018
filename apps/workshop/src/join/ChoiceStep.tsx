import { Button, useT } from '@chiiki/ui';

/** Props of ChoiceStep: one question, its answers, and how to go on. */
interface ChoiceStepProps {
  question: string;
  progress: string;
  choices: readonly { value: string; label: string }[];
  selected?: string;
  onChoose: (value: string | undefined) => void;
  onBack: () => void;
}

/**
 * One optional attendance question on its own screen: large answer buttons that go straight
 * on, and an equally large "skip", because nobody has to answer.
 */
export function ChoiceStep({ question, progress, choices, selected, onChoose, onBack }: ChoiceStepProps) {
  const { t } = useT('workshop');
  return (
    <fieldset className="step">
      <legend className="step__question">
        <span className="step__progress">{progress}</span>
        {question}
      </legend>
      <div className="choice-grid">
        {choices.map((choice) => (
          <Button
            key={choice.value}
            size="large"
            aria-pressed={selected === choice.value}
            onClick={() => onChoose(choice.value)}
          >
            {choice.label}
          </Button>
        ))}
      </div>
      <div className="step__nav">
        <Button onClick={onBack}>{t('join.back')}</Button>
        <Button variant="quiet" size="large" onClick={() => onChoose(undefined)}>
          {t('join.skip')}
        </Button>
      </div>
    </fieldset>
  );
}

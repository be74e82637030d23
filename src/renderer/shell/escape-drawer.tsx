// Escape closes one thing at a time, the innermost: a question asked over a drawer, else the
// drawer. Mantine closes every open drawer and modal on Escape, each from its own listener on the
// window, so one Escape over a question inside a drawer closed both (the history went with its
// "Restore this version?"), and an Escape a field inside had answered (the tour de table's comment
// being typed put back) closed the drawer all the same, taking the typing with it; and an Escape
// before focus had reached "Keep your changes?" closed it, then asked it again. So a drawer and
// the questions asked inside it leave Mantine's Escape off and take it here instead, as it
// bubbles through React from wherever the focus is in the drawer or in one of its questions, and
// only if nothing inside has answered it first.
import { createContext, useContext, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { Drawer, type DrawerProps } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';

type Answer = () => void;

/** The questions open inside one drawer, the innermost last. */
const OpenQuestions = createContext<Answer[] | null>(null);

export function EscapeDrawer({ onClose, children, ...props }: Omit<DrawerProps, 'closeOnEscape' | 'onKeyDown'>) {
  const questions = useRef<Answer[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (
      event.key !== 'Escape' ||
      event.nativeEvent.isComposing ||
      event.defaultPrevented ||
      // A dropdown inside (a select, tags) closes itself on this Escape.
      target.getAttribute('data-mantine-stop-propagation') === 'true'
    ) {
      return;
    }
    const question = questions.current.at(-1);
    // Wherever the focus is: it may not have reached a question just opened.
    if (question) question();
    // Not from a menu or popover that lives elsewhere in the page.
    else if (event.currentTarget.contains(target)) onClose();
    else return;
    event.preventDefault();
  };
  // Focus on nothing (the field it was in has gone, say a note's editor once cancelled): the
  // Escape reaches no drawer through React, so the open one takes it from the window, after
  // React's handlers have had their say.
  useWindowEvent('keydown', (event) => {
    if (
      props.opened &&
      event.key === 'Escape' &&
      !event.isComposing &&
      !event.defaultPrevented &&
      event.target === document.body &&
      questions.current.length === 0
    ) {
      event.preventDefault();
      onClose();
    }
  });
  return (
    <Drawer {...props} onClose={onClose} closeOnEscape={false} onKeyDown={onKeyDown}>
      <OpenQuestions.Provider value={questions.current}>{children}</OpenQuestions.Provider>
    </Drawer>
  );
}

/**
 * For a modal question asked inside an EscapeDrawer: Escape answers it (with `answer`, the way
 * out that loses nothing) and leaves the drawer open. Spread the result on the Modal. Outside a
 * drawer it changes nothing: Mantine's own Escape closes the modal.
 */
export function useEscapeAnswers(opened: boolean, answer: Answer): { closeOnEscape?: false } {
  const questions = useContext(OpenQuestions);
  const latest = useRef(answer);
  latest.current = answer;
  // Before paint, so that an Escape pressed right after the question appeared finds it.
  useLayoutEffect(() => {
    if (!questions || !opened) return;
    const asked: Answer = () => latest.current();
    questions.push(asked);
    return () => {
      questions.splice(questions.indexOf(asked), 1);
    };
  }, [questions, opened]);
  return questions ? { closeOnEscape: false } : {};
}

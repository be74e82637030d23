/** Adds the note being written (notes-panel.tsx), or saves the one being edited (note-card.tsx). */
export const NOTE_SHORTCUT = 'mod+Enter';

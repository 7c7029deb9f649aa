import StarterKit from '@tiptap/starter-kit'

/**
 * The one rich-text schema of card text, used by the client's editors and the server's readers,
 * so what one writes the other can read. History is off: Yjs collaboration brings its own undo.
 */
export const cardTextExtensions = [
  StarterKit.configure({ undoRedo: false, code: false, codeBlock: false, link: false, heading: { levels: [3, 4] } }),
]

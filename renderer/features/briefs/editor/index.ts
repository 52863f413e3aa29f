export { BriefBodyEditor, type BriefBodyEditorProps } from './BriefBodyEditor';
export { toBodyDoc } from './body-json';

// Page entry for bench/ui-grid (component scenario): the grid playground on the draft the bench puts in window.
import { createRoot } from 'react-dom/client';
import type { Draft } from '../shared/draft/schema';
import { GridPlayground } from '../renderer/editor/grid/dev/grid-playground';

const draft = (window as unknown as { __benchDraft?: Draft }).__benchDraft;
const root = document.getElementById('root');
if (!draft || !root) throw new Error('基准页面缺少草稿或挂载点');
createRoot(root).render(<GridPlayground draft={draft} sectionId="s3" />);

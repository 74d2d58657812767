// 预览: the pages as they will print, rebuilt from the current draft (debounced after edits).
import { useEffect, useState } from 'react';
import type { Draft } from '../../shared/draft/schema';
import { errorMessage, getApi } from '../api';
import { PdfPages } from './pdf-pages';

const REFRESH_MS = 600;

interface Built {
  readonly draft: Draft;
  readonly base64: string;
  readonly pages: number;
  readonly warnings: readonly string[];
}

export function PreviewPane({
  draft,
  onRendered,
}: {
  readonly draft: Draft;
  readonly onRendered?: (pages: number) => void;
}) {
  const [built, setBuilt] = useState<Built | null>(null);
  const [problem, setProblem] = useState<{ draft: Draft; message: string } | null>(null);

  useEffect(() => {
    let live = true;
    const api = getApi();
    const timer = setTimeout(() => {
      api['export:preview']({ draft })
        .then((r) => {
          if (!live) return;
          setBuilt({ draft, base64: r.pdfBase64, pages: r.pages, warnings: r.warnings });
          setProblem(null);
        })
        .catch((err: unknown) => live && setProblem({ draft, message: errorMessage(err) }));
    }, REFRESH_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [draft]);

  const loading = built?.draft !== draft && problem?.draft !== draft;
  return (
    <div className="preview-pane">
      <div className="preview-status muted" role="status">
        {loading ? '正在生成预览…' : built ? `共 ${built.pages} 页（A4）` : ''}
      </div>
      {problem && <p className="error-text">{problem.message}</p>}
      {built?.warnings.map((w) => (
        <p key={w} className="warning-text preview-warning" data-testid="preview-warning">
          注意：{w}
        </p>
      ))}
      {built && <PdfPages pdfBase64={built.base64} {...(onRendered ? { onRendered } : {})} />}
    </div>
  );
}

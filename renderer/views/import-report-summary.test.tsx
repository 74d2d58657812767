// The import summary lists every figure the import worked out (推算) with its reason, as well as those to check.
import { render, screen } from '@testing-library/react';
import { importDocument, textDocument } from '../../shared/import';
import { ImportReportSummary } from './import-report-summary';

const text = [
  '测试镇人民政府2022年政府信息公开工作年度报告',
  '一、总体情况',
  '本镇认真做好政府信息公开工作。',
  '三、收到和处理政府信息公开申请情况',
  // Digits run together: 640020470 cut one way only by the row total (64 0 0 2 0 4 | 70).
  '一、本年新收政府信息公开申请数量640020470',
  '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
  '三、本年度办理结果 （一）予以公开 64 0 0 2 0 4 70',
  '（七）总计 64 0 0 2 0 4 70',
  '四、结转下年度继续办理 0 0 0 0 0 0 0',
].join('\n');

describe('ImportReportSummary', () => {
  it('lists the 推算 figures with their reasons', () => {
    const { report } = importDocument(textDocument(text), { fileName: 't.txt', now: 'n', id: 't' });
    expect(report.split.length + report.derived.length).toBeGreaterThan(0);
    render(<ImportReportSummary report={report} />);
    const list = screen.getByText(/推算得出的数字（\d+）/);
    expect(list).toBeTruthy();
    expect(
      screen.getByText(
        /一、本年新收政府信息公开申请数量：连在一起的数字“.*640020470.*”按表内合计关系只有一种拆法，读作 64｜0｜0｜2｜0｜4｜70/,
      ),
    ).toBeTruthy();
  });
});

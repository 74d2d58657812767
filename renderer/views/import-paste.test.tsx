// 粘贴文本导入: pasted text becomes a UTF-8 .txt import; the button waits for text.
import { fireEvent, render, screen } from '@testing-library/react';
import { PasteImportModal, PASTED_NAME, pastedFile } from './import-paste';

describe('PasteImportModal', () => {
  it('hands the pasted text over as a UTF-8 text file', () => {
    const onImport = jest.fn();
    render(<PasteImportModal busy={false} onClose={jest.fn()} onImport={onImport} />);
    const button = screen.getByRole('button', { name: '导入' });
    expect(button).toBeDisabled();
    fireEvent.change(screen.getByRole('textbox', { name: '粘贴的年报全文' }), {
      target: { value: '甲街道办事处2024年政府信息公开工作年度报告' },
    });
    fireEvent.click(button);
    expect(onImport).toHaveBeenCalledWith(pastedFile('甲街道办事处2024年政府信息公开工作年度报告'));
    const file = onImport.mock.calls[0][0] as { name: string; base64: string };
    expect(file.name).toBe(PASTED_NAME);
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toBe(
      '甲街道办事处2024年政府信息公开工作年度报告',
    );
  });
});

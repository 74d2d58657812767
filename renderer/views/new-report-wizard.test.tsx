// 新建年度报告: remembered agency, format from the year, carry-over summary from a saved report, then create.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createDraft } from '../../shared/draft/create';
import type { ApiClient } from '../../shared/ipc/contract';
import { setApi } from '../api';
import { NoticeProvider } from '../app/notices';
import { NewReportWizard } from './new-report-wizard';

const prev = {
  ...createDraft({ agency: '甲街道办事处', year: 2024, now: '2025-01-01T00:00:00Z', id: 'p2024' }),
  cells: { 't3.carry_forward.natural': 3, 't3.carry_forward.legal': 1 },
};
const summary = {
  id: 'p2024',
  agency: '甲街道办事处',
  year: 2024,
  formatId: 'gov-2021',
  errors: 0,
  warnings: 0,
  savedAt: '2025-01-01T00:00:00Z',
  readOnly: false,
};

function fakeApi(defaultAgency = '甲街道办事处', opened = prev) {
  const calls: Record<string, unknown[]> = {};
  const answer: Record<string, unknown> = {
    'settings:get': { defaultAgency, exportDir: '/out', deadline: '01-31' },
    'settings:set': { defaultAgency: '甲街道办事处', exportDir: '/out', deadline: '01-31' },
    'drafts:list': [summary],
    'drafts:open': { draft: opened, savedAt: summary.savedAt, readOnly: false, notice: null },
    'drafts:create': {
      draft: { ...prev, id: 'new2025', year: 2025 },
      savedAt: 'x',
      readOnly: false,
      notice: null,
    },
  };
  const api = new Proxy({} as ApiClient, {
    get: (_t, name: string) => async (req: unknown) => {
      (calls[name] ??= []).push(req);
      if (!(name in answer)) throw new Error(`unexpected ${name}`);
      return answer[name];
    },
  });
  setApi(api);
  return calls;
}

describe('NewReportWizard', () => {
  it('shows the form only once the remembered agency is read, so typing never merges with it', async () => {
    fakeApi('乙镇人民政府');
    render(
      <NoticeProvider>
        <NewReportWizard go={jest.fn()} />
      </NoticeProvider>,
    );
    // Before the settings arrive there is nothing to type into (a 机关名称 typed then was joined to the default).
    expect(screen.getByText('正在读取…')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: '机关名称' })).toBeNull();
    const agency = (await screen.findByRole('textbox', { name: '机关名称' })) as HTMLInputElement;
    expect(agency.value).toBe('乙镇人民政府');
  });

  it('takes 机关名称 from the chosen prior-year report and warns of its 需核对 figures', async () => {
    fakeApi('', {
      ...prev,
      unresolved: { 't3.carry_forward.other_org': { source: '12', reason: '无法确定', candidates: [1, 2] } },
    });
    render(
      <NoticeProvider>
        <NewReportWizard go={jest.fn()} />
      </NoticeProvider>,
    );
    fireEvent.click(await screen.findByRole('radio', { name: '从已保存的年报结转' }));
    expect(await screen.findByDisplayValue('甲街道办事处')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('上一年度报告有 1 个需核对的数字');
  });

  it('fills the remembered agency, shows the format of the year and what carry-over brings', async () => {
    const calls = fakeApi();
    const go = jest.fn();
    render(
      <NoticeProvider>
        <NewReportWizard go={go} />
      </NoticeProvider>,
    );
    expect(await screen.findByDisplayValue('甲街道办事处')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: '年度' }), { target: { value: '2020' } });
    expect(screen.getByTestId('wizard-format')).toHaveTextContent('2019年版格式（试行）');
    fireEvent.change(screen.getByRole('combobox', { name: '年度' }), { target: { value: '2025' } });
    expect(screen.getByTestId('wizard-format')).toHaveTextContent('2021年版格式');

    fireEvent.click(screen.getByRole('radio', { name: '从已保存的年报结转' }));
    const carry = await screen.findByTestId('carry-summary');
    const natural = within(carry).getByRole('row', { name: /上年结转政府信息公开申请数量 自然人/ });
    expect(natural).toHaveTextContent('3');
    expect(within(carry).getByRole('row', { name: /法律服务机构/ })).toHaveTextContent('1');
    expect(carry).toHaveTextContent('甲街道办事处 2024年度');
    expect(carry).toHaveTextContent('不会复制上一年度的本年数字和正文');

    fireEvent.click(screen.getByRole('button', { name: '创建' }));
    await screen.findByText('已创建 甲街道办事处 2025年度报告');
    expect(calls['drafts:create']).toEqual([{ agency: '甲街道办事处', year: 2025, carryFromId: 'p2024' }]);
    expect(calls['settings:set']).toEqual([{ defaultAgency: '甲街道办事处' }]);
    expect(go).toHaveBeenCalledWith({ name: 'edit', id: 'new2025' });
  });

  it('refuses to create without an agency and says why', async () => {
    const calls = fakeApi();
    render(
      <NoticeProvider>
        <NewReportWizard go={jest.fn()} />
      </NoticeProvider>,
    );
    const agency = await screen.findByDisplayValue('甲街道办事处');
    fireEvent.change(agency, { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: '创建' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('请填写机关名称');
    expect(calls['drafts:create']).toBeUndefined();
  });
});

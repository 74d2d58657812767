// 成文日期 field: shows 年/月/日 whatever the system locale, accepts typed dates, refuses impossible ones in Chinese.
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { DateField } from './date-field';

function Harness(props: { readonly initial: string; readonly onChange: (iso: string) => void }) {
  const [value, setValue] = useState(props.initial);
  return (
    <DateField
      label="成文日期"
      value={value}
      readOnly={false}
      onChange={(iso) => {
        setValue(iso);
        props.onChange(iso);
      }}
    />
  );
}

const input = () => screen.getByLabelText('成文日期') as HTMLInputElement;

it('shows the stored date as 年月日 and an empty one with a Chinese hint', () => {
  const { unmount } = render(<Harness initial="2026-01-20" onChange={() => {}} />);
  expect(input().value).toBe('2026年1月20日');
  unmount();
  render(<Harness initial="" onChange={() => {}} />);
  expect(input().value).toBe('');
  expect(input().placeholder).toBe('如 2026年1月20日');
});

it('accepts 2026/2/3 and stores it as 2026-02-03', () => {
  const changed = jest.fn();
  render(<Harness initial="" onChange={changed} />);
  fireEvent.change(input(), { target: { value: '2026/2/3' } });
  fireEvent.blur(input());
  expect(changed).toHaveBeenCalledWith('2026-02-03');
  expect(input().value).toBe('2026年2月3日');
});

it('refuses 2025年2月30日 with a Chinese message and keeps the stored date', () => {
  const changed = jest.fn();
  render(<Harness initial="2026-01-20" onChange={changed} />);
  fireEvent.change(input(), { target: { value: '2025年2月30日' } });
  fireEvent.keyDown(input(), { key: 'Enter' });
  expect(changed).not.toHaveBeenCalled();
  expect(screen.getByRole('alert')).toHaveTextContent('2025年2月没有30日，请检查成文日期');
  expect(input()).toHaveAttribute('aria-invalid', 'true');
});

it('clears the date when the field is emptied', () => {
  const changed = jest.fn();
  render(<Harness initial="2026-01-20" onChange={changed} />);
  fireEvent.change(input(), { target: { value: '' } });
  fireEvent.blur(input());
  expect(changed).toHaveBeenCalledWith('');
});

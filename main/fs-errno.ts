// Node file-system error codes, read one way and told in one Chinese wording, for every adapter in main/.

/** The errno code of a thrown value (`ENOENT`, `EACCES`…), or undefined when it carries none. */
export function errnoOf(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('code' in err)) return undefined;
  const code = (err as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: '没有访问权限，或文件被其他程序占用',
  EPERM: '没有访问权限，或文件被其他程序占用',
  EBUSY: '文件被其他程序占用',
  ENOENT: '文件或文件夹不存在',
  ENOTDIR: '路径中有一项不是文件夹',
  EISDIR: '目标是一个文件夹',
  EEXIST: '同名文件已存在',
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘空间不足',
  EROFS: '该位置是只读的',
  ENAMETOOLONG: '路径过长',
  EMFILE: '同时打开的文件过多',
  ENFILE: '同时打开的文件过多',
  EIO: '磁盘读写出错',
  EINVAL: '路径无效',
  ELOOP: '路径中的快捷方式（符号链接）层数过多',
  EXDEV: '不能跨磁盘移动文件',
};

/** The clerk-facing reason for an errno code, or undefined when the code is not a file-system error we know. */
export function fsReason(code: string | undefined): string | undefined {
  return code === undefined ? undefined : REASONS[code];
}

/**
 * The content of another version of the project, read from git without checking it out: what
 * `npm run comparar` compares the working tree with. Only git is needed (GitHub Desktop brings
 * it); nothing is written to disk.
 */
import { execFileSync } from 'node:child_process';
import type { ContentFile } from '../lib/validation/validate';

function runGit(root: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, { cwd: root, input, maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** True when `ref` names a commit in the repository at `root`. */
export function isGitRef(root: string, ref: string): boolean {
  try {
    runGit(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** The branch a pull request goes to: main, or the remote's copy of it when there is no local one. */
export function getDefaultBase(root: string): string | undefined {
  return ['main', 'origin/main', 'master', 'origin/master'].find((ref) => isGitRef(root, ref));
}

/** Every file of `contentDir` as it is in commit `ref`, paths from the project root. */
export function readContentFilesAt(root: string, ref: string, contentDir: string): ContentFile[] {
  const paths = runGit(root, ['ls-tree', '-r', '-z', '--name-only', ref, '--', `${contentDir}/`])
    .toString('utf8')
    .split('\0')
    .filter((path) => path !== '' && !path.split('/').some((part) => part.startsWith('.')));
  if (paths.length === 0) return [];
  // One process for every file: `cat-file --batch` answers "<sha> blob <size>\n<bytes>\n" per request.
  const output = runGit(root, ['cat-file', '--batch'], paths.map((path) => `${ref}:${path}\n`).join(''));
  const files: ContentFile[] = [];
  let offset = 0;
  for (const path of paths) {
    const headerEnd = output.indexOf(0x0a, offset);
    const size = Number(output.subarray(offset, headerEnd).toString('utf8').split(' ')[2]);
    files.push({ path, text: output.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8') });
    offset = headerEnd + 1 + size + 1;
  }
  return files;
}

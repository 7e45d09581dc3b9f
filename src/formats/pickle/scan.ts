import type { PickleGlobalReference, PickleGlobalVerdict } from '../../core/types.js'
import { MAX_PICKLE_GLOBALS_LISTED } from '../../core/limits.js'

/**
 * The pickle security scan: which globals a pickle names, and which of them would run code if the
 * file were loaded with `torch.load(weights_only=False)` or `pickle.load`. We never import or call
 * any of them (unpickler.ts); the scan is a finding for the user, who may load the file elsewhere.
 *
 * The dangerous list is picklescan's `_unsafe_globals` (`mmaitre314/picklescan:src/picklescan/
 * scanner.py`, the scanner Hugging Face runs on the Hub), plus what that list reaches through
 * other names: `builtins.__import__`/`globals`/`setattr`, `requests`, `http.client`, `torch.hub`.
 * A module marked whole (`'*'`) covers its submodules (`os.path`, `subprocess.Popen`).
 */

/** Modules every global of which is dangerous (and their submodules). */
const DANGEROUS_MODULES = new Set([
  'aiohttp',
  'asyncio',
  'bdb',
  'commands',
  'ctypes',
  'httplib',
  'http.client',
  'numpy.f2py',
  'numpy.testing._private.utils',
  'nt',
  'posix',
  'os',
  'requests',
  'runpy',
  'shutil',
  'socket',
  'ssl',
  'subprocess',
  'sys',
  'cProfile',
  'distutils.file_util',
  'pdb',
  'pickle',
  '_pickle',
  'pip',
  'pty',
  'profile',
  'pydoc',
  'test',
  'timeit',
  'urllib.request',
  'uuid',
  'venv',
  'webbrowser',
  '_osx_support',
  '_aix_support',
  '_pyrepl',
  'torch.hub',
  'marshal',
  'importlib',
  'code',
  'multiprocessing',
  'platform',
  'telnetlib',
  'ftplib',
  'smtplib',
  'tempfile',
  'glob',
  'zipimport'
])

/** Single dangerous globals in modules that are otherwise harmless. */
const DANGEROUS_NAMES = new Set([
  // Code execution and attribute access through builtins (pickle protocols < 3 say __builtin__).
  ...[
    'eval',
    'exec',
    'compile',
    'getattr',
    'setattr',
    'delattr',
    'apply',
    'open',
    'breakpoint',
    '__import__',
    'globals',
    'locals',
    'vars',
    'input',
    'execfile'
  ].map((name) => `builtins.${name}`),
  'cloudpickle.cloudpickle._builtin_type',
  'cloudpickle.cloudpickle._make_function',
  'cloudpickle.cloudpickle._function_setstate',
  'cloudpickle.cloudpickle._make_cell',
  'cloudpickle.cloudpickle._make_empty_cell',
  'cloudpickle.cloudpickle.subimport',
  'types.CodeType',
  'types.FunctionType',
  'functools.partial',
  'logging.FileHandler',
  '_io.FileIO',
  'io.FileIO',
  'operator.attrgetter',
  'operator.itemgetter',
  'operator.methodcaller',
  '_operator.attrgetter',
  '_operator.itemgetter',
  '_operator.methodcaller',
  'code.InteractiveInterpreter.runcode',
  'doctest.debug_script',
  'ensurepip._run_pip',
  'imaplib.IMAP4_stream',
  'pkgutil.resolve_name',
  'torch._dynamo.guards.GuardBuilder.get',
  'torch._inductor.codecache.compile_file',
  'torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_expression',
  'torch.jit.unsupported_tensor_ops.execWrapper',
  'torch.serialization.load',
  'torch.load',
  'torch.utils._config_module.ConfigModule.load_config',
  'torch.utils.collect_env.run',
  'torch.utils.bottleneck.__main__.run_cprofile',
  'torch.utils.bottleneck.__main__.run_autograd_prof',
  'torch.utils.data.datapipes.utils.decoder.basichandlers',
  'trace.Trace.run',
  'trace.Trace.runctx',
  'lib2to3.pgen2.grammar.Grammar.loads',
  'lib2to3.pgen2.pgen.ParserGenerator.make_label',
  'idlelib.run.Executive.runcode',
  'idlelib.pyshell.ModifiedInterpreter.runcode',
  'idlelib.pyshell.ModifiedInterpreter.runcommand',
  'idlelib.calltip.get_entity',
  'idlelib.calltip.Calltip.fetch_tip',
  'idlelib.debugobj.ObjectTreeItem.SetText',
  'idlelib.autocomplete.AutoComplete.get_entity',
  'idlelib.autocomplete.AutoComplete.fetch_completions',
  'numpy.load',
  'numpy.lib.npyio.load'
])

/** Whether loading a pickle that names `module.name` could run code. */
export function isDangerousGlobal(module: string, name: string): boolean {
  if (DANGEROUS_NAMES.has(`${module}.${name}`)) return true
  for (let end = module.length; end > 0; end = module.lastIndexOf('.', end - 1)) {
    if (DANGEROUS_MODULES.has(module.slice(0, end))) return true
  }
  return false
}

/** The verdict on one global: dangerous first (an allow-list never holds those), then safe when allowed. */
export function verdictOf(module: string, name: string, allowed: boolean): PickleGlobalVerdict {
  if (isDangerousGlobal(module, name)) return 'dangerous'
  return allowed ? 'safe' : 'unknown'
}

/**
 * Collects a checkpoint's global references: each distinct global once, at the offset it is first
 * named, in the order met; at most MAX_PICKLE_GLOBALS_LISTED (then `truncated`).
 */
export class PickleGlobalScan {
  private readonly seen = new Set<string>()
  readonly references: PickleGlobalReference[] = []
  truncated = false

  constructor(private readonly file: string) {}

  add(module: string, name: string, allowed: boolean, offset: number): void {
    const key = `${module}\n${name}`
    if (this.seen.has(key)) return
    if (this.references.length >= MAX_PICKLE_GLOBALS_LISTED) {
      this.truncated = true
      return
    }
    this.seen.add(key)
    this.references.push({ file: this.file, module, name, verdict: verdictOf(module, name, allowed), offset })
  }
}

/** The warning a checkpoint's report carries when its pickles name globals that would run code. */
export function scanWarnings(scan: PickleGlobalScan): string[] {
  const dangerous = scan.references.filter((reference) => reference.verdict === 'dangerous')
  const warnings: string[] = []
  if (dangerous.length > 0) {
    const named = dangerous.slice(0, 3).map((reference) => `${reference.module}.${reference.name} (at byte ${reference.offset})`)
    warnings.push(
      `the pickle references ${named.join(', ')}${dangerous.length > 3 ? ', …' : ''}, which would run code when the file is loaded with ` +
        'torch.load(weights_only=False) or pickle.load; nothing was executed here. Do not load it outside a sandbox; re-save as safetensors'
    )
  }
  if (scan.truncated) warnings.push(`the pickle names more than ${scan.references.length} distinct globals; the first ${scan.references.length} are listed`)
  return warnings
}

/**
 * What the user can do about classes loading would import: a state_dict needs none of them, and
 * `torch.load(weights_only=True)` (torch's default since 2.6) refuses a pickle that names them.
 */
export function scanExplanations(scan: PickleGlobalScan): string[] {
  const unknown = scan.references.filter((reference) => reference.verdict === 'unknown')
  if (unknown.length === 0) return []
  const named = unknown.slice(0, 3).map((reference) => `${reference.module}.${reference.name}`)
  return [
    `the pickle names ${unknown.length} class${unknown.length === 1 ? '' : 'es'} that loading it would import (${named.join(', ')}${unknown.length > 3 ? ', …' : ''}), ` +
      'so torch.load(weights_only=True) refuses it and loading needs that code; save model.state_dict() (or safetensors) to load it without'
  ]
}

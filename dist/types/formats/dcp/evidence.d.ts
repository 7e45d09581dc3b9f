import { type Evidence } from '../../core/classify.js';
/**
 * What a DCP checkpoint says about each tensor. Its FQNs are the keys of the state dict given to
 * `dcp.save`, flattened with dots: `{'model': model_sd, 'optim': optim_sd}` becomes
 * `model.net.0.weight` and, for an optimizer state dict from `get_state_dict(model, optimizer)`
 * (`torch/distributed/checkpoint/state_dict.py`), `optim.state.net.0.weight.exp_avg` — the
 * optimizer's per-parameter state keyed by the parameter's FQN, and `optim.param_groups.*`.
 *
 * - The first segment is the dict layout (`model`, `optim`/`optimizer`, `ema`…: the PyTorch section
 *   table); no known section: a model state dict saved as it is.
 * - Under the optimizer's `state.<param>.<key>`, every tensor is that parameter's optimizer state.
 * - A model tensor the optimizer keeps state for is a parameter; when the optimizer has state but
 *   none for a model tensor, the optimizer does not train it (BatchNorm statistics and other
 *   buffers; a frozen parameter too, which the weak "not trained" leaves to stronger evidence).
 * - Without optimizer state, the PyTorch buffer names decide, and the rest are parameters by name.
 */
export declare class DcpEvidence {
    /** Parameter FQNs (without the model's section) the optimizer keeps state for. */
    private readonly trained;
    private readonly shared;
    constructor(fqns: Iterable<string>);
    of(fqn: string): readonly Evidence[];
    private once;
}

"""What a user does today instead of model-size-budget, for `npm run bench` (bench/run.ts).

    python3 bench/torch-load.py write PATH BYTES   # a real torch.save checkpoint of about BYTES
    python3 bench/torch-load.py load PATH          # torch.load + sum of tensor sizes, timed

`write` builds a training checkpoint with torch itself: a stack of linear layers (real random
weights) and the Adam state of one real optimizer step (exp_avg, exp_avg_sq, step), so about a
third of BYTES is weights and two thirds optimizer state, every byte written to disk.

`load` prints one JSON line: the seconds `import torch` and `torch.load` took inside Python, and
the bytes of all tensors found (each storage once). The bench times the whole process too, as a
user would run it.
"""
import json
import sys
import time

started = time.perf_counter()
import torch  # noqa: E402  (timed: part of what a user pays)

imported = time.perf_counter()


def write(path, total_bytes):
    torch.manual_seed(0)
    # Adam triples the parameters (weights, exp_avg, exp_avg_sq): layers of width x width float32,
    # wide for a large file, narrower for a small one so that it still has a dozen layers.
    width = 2048 if total_bytes >= 256e6 else 512
    layers = max(1, round(total_bytes / 3 / (width * width * 4)))
    model = torch.nn.Sequential(*[torch.nn.Linear(width, width) for _ in range(layers)])
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for parameter in model.parameters():
        parameter.grad = torch.randn_like(parameter)
    optimizer.step()
    torch.save({"epoch": 1, "model": model.state_dict(), "optimizer": optimizer.state_dict()}, path)


def tensor_bytes(value, seen):
    if torch.is_tensor(value):
        storage = value.storage()
        key = storage.data_ptr()
        if key in seen:
            return 0
        seen.add(key)
        return storage.size() * value.element_size()
    if isinstance(value, dict):
        return sum(tensor_bytes(v, seen) for v in value.values())
    if isinstance(value, (list, tuple)):
        return sum(tensor_bytes(v, seen) for v in value)
    return 0


def load(path):
    before = time.perf_counter()
    checkpoint = torch.load(path, map_location="cpu")
    loaded = time.perf_counter()
    total = tensor_bytes(checkpoint, set())
    print(json.dumps({"torch": torch.__version__, "importSeconds": imported - started, "loadSeconds": loaded - before, "tensorBytes": total}))


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2], int(sys.argv[3]))
    else:
        load(sys.argv[2])

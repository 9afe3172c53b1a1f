"""Evaluation on the sets of ../shared/data: readers, metrics, `bantin eval`."""

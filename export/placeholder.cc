// placeholder until the first writer lands; remove then.

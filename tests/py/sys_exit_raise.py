# raising SystemExit directly works like sys.exit (status 4)
print("raise SystemExit(4)")
raise SystemExit(4)

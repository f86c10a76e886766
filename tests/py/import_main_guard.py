# the script runs as __main__; imported modules see their own name
import mod_basic
def main():
    print("main called", __name__)
if __name__ == "__main__":
    main()
print(mod_basic.module_name(), mod_basic.__name__ != __name__)

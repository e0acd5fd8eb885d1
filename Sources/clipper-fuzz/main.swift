print("placeholder: the fuzz helper replaces this")

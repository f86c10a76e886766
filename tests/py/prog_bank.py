# a small class hierarchy with custom exceptions and properties
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__("need %d more" % needed)
        self.needed = needed
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount - self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return "Account(%d, %s, %d)" % (self.id, self.owner, self._balance)
class Savings(Account):
    def __init__(self, owner, balance=0, rate_pct=2):
        super().__init__(owner, balance)
        self.rate_pct = rate_pct
    def add_interest(self):
        self.deposit(self._balance * self.rate_pct // 100)
a = Account("ann", 100)
s = Savings("bob", 1000)
a.deposit(50)
try:
    a.withdraw(500)
except InsufficientFunds as e:
    print("failed:", e, e.needed)
try:
    a.deposit(-1)
except ValueError as e:
    print("failed:", e)
s.add_interest()
s.withdraw(20)
print(a, s, a.balance, s.balance)
print(a.history, s.history)
print(sorted([s, a], key=lambda acc: acc.balance))

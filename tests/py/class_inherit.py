# single inheritance: overriding, extending, isinstance/issubclass
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + Animal.kind(self)
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (tiny)"
for a in (Animal("generic"), Dog("rex"), Puppy("bit")):
    print(a.speak(), "|", a.kind())
p = Puppy("p")
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, object))
print(isinstance(Dog("d"), Puppy), issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog))
print(isinstance(p, (int, Dog)), issubclass(bool, int), issubclass(Dog, (str, Animal)))
print(Puppy.__name__, issubclass(Puppy, (Dog,)), issubclass(Animal, Puppy))
